package vn.dondoc.directive;

import java.time.Instant;

/**
 * A stored file as lists show it, without its content.
 */
public record Attachment(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
		Instant uploadedAt, Long updateId) {
}
