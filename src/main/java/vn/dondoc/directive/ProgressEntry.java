package vn.dondoc.directive;

import java.time.Instant;

/**
 * One progress report on a task or on a coordinating part (Điều 6.1f): what was done,
 * proposals, and the reasons for a delay.
 */
public record ProgressEntry(long id, Kind kind, Long partId, String progress, String proposal, String delayReason,
		String authorName, Long unitId, Instant createdAt) {

	public enum Kind {

		PROGRESS, COMPLETION, PART, PART_DONE, OCCURRENCE

	}

}
