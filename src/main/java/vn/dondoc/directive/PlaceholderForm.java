package vn.dondoc.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.NotNull;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The placeholder of a confidential directive: deliberately without any content field.
 */
public class PlaceholderForm {

	@NotNull
	private Confidentiality level = Confidentiality.MAT;

	@NotNull
	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate receivedDate;

	@NotNull
	private Long leadUnitId;

	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private List<LocalDate> reportDueDates = new ArrayList<>(List.of());

	public Confidentiality getLevel() {
		return this.level;
	}

	public void setLevel(Confidentiality level) {
		this.level = level;
	}

	public LocalDate getReceivedDate() {
		return this.receivedDate;
	}

	public void setReceivedDate(LocalDate receivedDate) {
		this.receivedDate = receivedDate;
	}

	public Long getLeadUnitId() {
		return this.leadUnitId;
	}

	public void setLeadUnitId(Long leadUnitId) {
		this.leadUnitId = leadUnitId;
	}

	public List<LocalDate> getReportDueDates() {
		return this.reportDueDates;
	}

	public void setReportDueDates(List<LocalDate> reportDueDates) {
		this.reportDueDates = reportDueDates;
	}

}
