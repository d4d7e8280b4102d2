package vn.dondoc.calendar;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A day the administrator adds to the calendar.
 */
public class HolidayForm {

	@NotNull
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate day;

	@NotBlank
	@Size(max = 150)
	private String name;

	@NotNull
	private DayKind kind = DayKind.DAY_OFF;

	public LocalDate getDay() {
		return this.day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public DayKind getKind() {
		return this.kind;
	}

	public void setKind(DayKind kind) {
		this.kind = kind;
	}

}
