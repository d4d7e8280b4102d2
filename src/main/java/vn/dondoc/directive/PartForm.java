package vn.dondoc.directive;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * A coordinating unit's part as typed in a form.
 */
public class PartForm {

	private Long unitId;

	private String description;

	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate deadline;

	boolean isBlank() {
		return this.unitId == null && (this.description == null || this.description.isBlank()) && this.deadline == null;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

}
