package vn.dondoc.directive;

import java.time.LocalDate;
import java.util.List;

/**
 * A task as the office registers it, before it exists.
 */
public record TaskDraft(String content, boolean mustReport, DeadlineMeaning deadlineMeaning, LocalDate deadline,
		TaskCategory category, long leadUnitId, Long monitorUnitId, Long monitorUserId, Recurrence recurrence,
		Integer recurrenceDay, LocalDate recurrenceUntil, List<PartDraft> parts) {

	public TaskDraft {
		parts = (parts != null) ? List.copyOf(parts) : List.of();
	}

	/**
	 * A coordinating unit's part as registered.
	 */
	public record PartDraft(long unitId, String description, LocalDate deadline) {
	}

}
