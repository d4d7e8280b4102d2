package vn.dondoc.directive;

import java.time.LocalDate;
import java.util.List;

/**
 * A task as the office registers it, before it exists. Made readable at the call site:
 * {@code TaskDraft.of(content, leadUnit).due(COMPLETE, day).parts(parts)} — a report is
 * asked for and the task is general unless said otherwise.
 */
public record TaskDraft(String content, boolean mustReport, DeadlineMeaning deadlineMeaning, LocalDate deadline,
		TaskCategory category, long leadUnitId, Long monitorUnitId, Long monitorUserId, Recurrence recurrence,
		Integer recurrenceDay, LocalDate recurrenceUntil, List<PartDraft> parts) {

	public TaskDraft {
		parts = (parts != null) ? List.copyOf(parts) : List.of();
	}

	/**
	 * A general task for the lead unit, a report asked for, no deadline, no monitor, no
	 * recurrence, no coordinating unit.
	 */
	public static TaskDraft of(String content, long leadUnitId) {
		return new TaskDraft(content, true, null, null, TaskCategory.GENERAL, leadUnitId, null, null, null, null, null,
				List.of());
	}

	/** Whether the lead unit must report its result. */
	public TaskDraft mustReport(boolean mustReport) {
		return new TaskDraft(this.content, mustReport, this.deadlineMeaning, this.deadline, this.category,
				this.leadUnitId, this.monitorUnitId, this.monitorUserId, this.recurrence, this.recurrenceDay,
				this.recurrenceUntil, this.parts);
	}

	/** The deadline and what it means (to complete, to report to the UBND...). */
	public TaskDraft due(DeadlineMeaning meaning, LocalDate deadline) {
		return new TaskDraft(this.content, this.mustReport, meaning, deadline, this.category, this.leadUnitId,
				this.monitorUnitId, this.monitorUserId, this.recurrence, this.recurrenceDay, this.recurrenceUntil,
				this.parts);
	}

	public TaskDraft category(TaskCategory category) {
		return new TaskDraft(this.content, this.mustReport, this.deadlineMeaning, this.deadline, category,
				this.leadUnitId, this.monitorUnitId, this.monitorUserId, this.recurrence, this.recurrenceDay,
				this.recurrenceUntil, this.parts);
	}

	/** The unit (and person, if any) that monitors the task. */
	public TaskDraft monitoredBy(Long unitId, Long userId) {
		return new TaskDraft(this.content, this.mustReport, this.deadlineMeaning, this.deadline, this.category,
				this.leadUnitId, unitId, userId, this.recurrence, this.recurrenceDay, this.recurrenceUntil, this.parts);
	}

	/** A recurring task: how often, on which day of the period, until when. */
	public TaskDraft recurring(Recurrence recurrence, Integer day, LocalDate until) {
		return new TaskDraft(this.content, this.mustReport, this.deadlineMeaning, this.deadline, this.category,
				this.leadUnitId, this.monitorUnitId, this.monitorUserId, recurrence, day, until, this.parts);
	}

	/** The coordinating units' parts. */
	public TaskDraft parts(List<PartDraft> parts) {
		return new TaskDraft(this.content, this.mustReport, this.deadlineMeaning, this.deadline, this.category,
				this.leadUnitId, this.monitorUnitId, this.monitorUserId, this.recurrence, this.recurrenceDay,
				this.recurrenceUntil, parts);
	}

	/**
	 * A coordinating unit's part as registered.
	 */
	public record PartDraft(long unitId, String description, LocalDate deadline) {
	}

}
