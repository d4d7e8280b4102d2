package vn.dondoc.directive;

import java.time.LocalDate;

/**
 * A task as the lists show it, with its directive's summary (a search shows it when the
 * directive's words matched).
 */
public record TaskRow(long id, long directiveId, String numberSymbol, int seq, String content, long leadUnitId,
		String leadUnitName, LocalDate deadline, LocalDate originalDeadline, TaskStatus status, LocalDate completedOn,
		Timeliness timeliness, int urgeCount, boolean needsNotice, boolean returnRequested, boolean forwarded,
		boolean recurring, String summary) {

	TaskRow withLeadUnitName(String name) {
		return new TaskRow(this.id, this.directiveId, this.numberSymbol, this.seq, this.content, this.leadUnitId, name,
				this.deadline, this.originalDeadline, this.status, this.completedOn, this.timeliness, this.urgeCount,
				this.needsNotice, this.returnRequested, this.forwarded, this.recurring, this.summary);
	}

	public boolean isDeadlineExtended() {
		return this.deadline != null && !this.deadline.equals(this.originalDeadline);
	}

}
