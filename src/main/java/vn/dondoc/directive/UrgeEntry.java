package vn.dondoc.directive;

import java.time.Instant;

/**
 * One act of urging a task (Điều 7).
 */
public record UrgeEntry(long id, UrgeChannel channel, UrgeWeight weight, String urgedBy, Long targetUnitId,
		String targetPerson, String note, Instant urgedAt, boolean automatic) {
}
