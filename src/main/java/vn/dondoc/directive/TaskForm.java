package vn.dondoc.directive;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.Errors;

import vn.dondoc.common.Texts;

/**
 * A task as typed by the office, on the registration form or when correcting it later.
 */
public class TaskForm {

	private String content;

	/** Điều 4: a task with or without a deadline. */
	private boolean withDeadline = true;

	/** Điều 4: the unit must (or need not) submit or report. */
	private boolean mustReport = true;

	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate deadline;

	private DeadlineMeaning deadlineMeaning = DeadlineMeaning.COMPLETE;

	private TaskCategory category = TaskCategory.GENERAL;

	private Long leadUnitId;

	private Long monitorUnitId;

	private Long monitorUserId;

	private Recurrence recurrence;

	private Integer recurrenceDay;

	@DateTimeFormat(pattern = "dd/MM/yyyy")
	private LocalDate recurrenceUntil;

	private List<PartForm> parts = new ArrayList<>();

	private long version = -1;

	static TaskForm of(Task task) {
		TaskForm form = new TaskForm();
		form.content = task.getContent();
		form.withDeadline = task.getDeadline() != null;
		form.mustReport = task.isMustReport();
		form.deadline = task.getDeadline();
		form.deadlineMeaning = task.getDeadlineMeaning();
		form.category = task.getCategory();
		form.leadUnitId = task.getLeadUnitId();
		form.monitorUnitId = task.getMonitorUnitId();
		form.monitorUserId = task.getMonitorUserId();
		form.version = task.getVersion();
		return form;
	}

	/**
	 * Checks what Bean Validation cannot: rules between fields. Errors go to
	 * {@code prefix + field}.
	 */
	void validate(Errors errors, String prefix, boolean withParts) {
		if (Texts.clean(this.content) == null) {
			errors.rejectValue(prefix + "content", "NotBlank");
		}
		if (this.leadUnitId == null) {
			errors.rejectValue(prefix + "leadUnitId", "NotNull");
		}
		if (this.category == null) {
			errors.rejectValue(prefix + "category", "NotNull");
		}
		if (this.withDeadline) {
			if (this.recurrence != null) {
				if (this.recurrenceDay == null || this.recurrenceDay < 1 || this.recurrenceDay > 31) {
					errors.rejectValue(prefix + "recurrenceDay", "task.recurrence.day");
				}
				if (this.recurrenceUntil == null && !errors.hasFieldErrors(prefix + "recurrenceUntil")) {
					// A day that could not be read has said so already.
					errors.rejectValue(prefix + "recurrenceUntil", "NotNull");
				}
			}
			else if (this.deadline == null && !errors.hasFieldErrors(prefix + "deadline")) {
				errors.rejectValue(prefix + "deadline", "task.deadline.required");
			}
			if (this.deadlineMeaning == null) {
				errors.rejectValue(prefix + "deadlineMeaning", "NotNull");
			}
		}
		if (withParts) {
			for (int j = 0; j < this.parts.size(); j++) {
				PartForm part = this.parts.get(j);
				if (part.isBlank()) {
					continue;
				}
				if (part.getUnitId() == null) {
					errors.rejectValue(prefix + "parts[" + j + "].unitId", "NotNull");
				}
				if (Texts.clean(part.getDescription()) == null) {
					errors.rejectValue(prefix + "parts[" + j + "].description", "NotBlank");
				}
			}
		}
	}

	TaskDraft toDraft() {
		List<TaskDraft.PartDraft> drafts = this.parts.stream()
			.filter((part) -> !part.isBlank())
			.map((part) -> new TaskDraft.PartDraft(part.getUnitId(), Texts.clean(part.getDescription()),
					part.getDeadline()))
			.toList();
		boolean recurring = this.withDeadline && this.recurrence != null;
		return TaskDraft.of(Texts.clean(this.content), this.leadUnitId)
			.mustReport(this.mustReport)
			.due(this.withDeadline ? this.deadlineMeaning : null,
					(this.withDeadline && !recurring) ? this.deadline : null)
			.category(this.category)
			.monitoredBy(this.monitorUnitId, this.monitorUserId)
			.recurring(recurring ? this.recurrence : null, recurring ? this.recurrenceDay : null,
					recurring ? this.recurrenceUntil : null)
			.parts(drafts);
	}

	public String getContent() {
		return this.content;
	}

	public void setContent(String content) {
		this.content = content;
	}

	public boolean isWithDeadline() {
		return this.withDeadline;
	}

	public void setWithDeadline(boolean withDeadline) {
		this.withDeadline = withDeadline;
	}

	public boolean isMustReport() {
		return this.mustReport;
	}

	public void setMustReport(boolean mustReport) {
		this.mustReport = mustReport;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public void setDeadline(LocalDate deadline) {
		this.deadline = deadline;
	}

	public DeadlineMeaning getDeadlineMeaning() {
		return this.deadlineMeaning;
	}

	public void setDeadlineMeaning(DeadlineMeaning deadlineMeaning) {
		this.deadlineMeaning = deadlineMeaning;
	}

	public TaskCategory getCategory() {
		return this.category;
	}

	public void setCategory(TaskCategory category) {
		this.category = category;
	}

	public Long getLeadUnitId() {
		return this.leadUnitId;
	}

	public void setLeadUnitId(Long leadUnitId) {
		this.leadUnitId = leadUnitId;
	}

	public Long getMonitorUnitId() {
		return this.monitorUnitId;
	}

	public void setMonitorUnitId(Long monitorUnitId) {
		this.monitorUnitId = monitorUnitId;
	}

	public Long getMonitorUserId() {
		return this.monitorUserId;
	}

	public void setMonitorUserId(Long monitorUserId) {
		this.monitorUserId = monitorUserId;
	}

	public Recurrence getRecurrence() {
		return this.recurrence;
	}

	public void setRecurrence(Recurrence recurrence) {
		this.recurrence = recurrence;
	}

	public Integer getRecurrenceDay() {
		return this.recurrenceDay;
	}

	public void setRecurrenceDay(Integer recurrenceDay) {
		this.recurrenceDay = recurrenceDay;
	}

	public LocalDate getRecurrenceUntil() {
		return this.recurrenceUntil;
	}

	public void setRecurrenceUntil(LocalDate recurrenceUntil) {
		this.recurrenceUntil = recurrenceUntil;
	}

	public List<PartForm> getParts() {
		return this.parts;
	}

	public void setParts(List<PartForm> parts) {
		this.parts = parts;
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
