package vn.dondoc.intake;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A document that arrived as an edXML package, as the office sees it.
 *
 * @param state ARRIVED, REGISTERED, REFUSED, WITHDRAWN, CONFIDENTIAL, ACCEPTED or
 * DECLINED
 * @param business 0 new, 1 recall, 2 update, 3 replace
 */
public record IncomingDocument(long id, String documentId, String fromOrganId, String fromName, String numberSymbol,
		LocalDate promulgated, String place, String typeName, String subject, String competence, String position,
		String signer, LocalDate dueDate, int priority, int business, String state, String reason, Long directiveId,
		Long replacesId, Instant recalledAt, String recallReason, long packageSize, Instant receivedAt,
		String receivedBy, Instant decidedAt, String decidedBy, long version) {

	public boolean isWaiting() {
		return "ARRIVED".equals(this.state);
	}

	public boolean isNew() {
		return this.business == 0;
	}

}
