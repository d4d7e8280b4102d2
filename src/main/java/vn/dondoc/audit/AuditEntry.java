package vn.dondoc.audit;

import java.time.Instant;

/**
 * One row of the audit trail as shown to a reader.
 */
public record AuditEntry(long id, Instant occurredAt, String actor, String action, String entityType, Long entityId,
		String summary, String before, String after, String ip) {
}
