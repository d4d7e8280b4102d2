package vn.dondoc.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.dondoc.account.UserDirectory.Person;
import vn.dondoc.audit.AuditEntry;

/**
 * Everything the page of one task shows, read in one transaction.
 */
public record TaskDetails(Task task, Directive directive, Map<Long, String> unitNames, Map<Long, String> people,
		List<Attachment> attachments, List<ProgressEntry> progress, List<UrgeEntry> urges, List<AuditEntry> history,
		List<Person> leadUnitMembers, LocalDate today, UrgeCounts urgeCounts, List<TaskHistory.Line> historyLines) {

	/** Urges by people (Điều 7) apart from the system's automatic reminders. */
	public record UrgeCounts(long byPeople, long automatic) {
	}

	/**
	 * Whether the notice of Điều 9.2 is asked for: the task is overdue, or its unit says
	 * it cannot carry it out (a return requested), and no notice is recorded yet.
	 */
	public boolean noticeDue() {
		return this.task.getNoticeNumber() == null
				&& (this.task.needsNotice(this.today) || this.task.isReturnRequested());
	}

	/** The coordinating parts not yet done, which completing the task leaves open. */
	public java.util.List<TaskPart> openParts() {
		return this.task.getParts().stream().filter((part) -> part.getStatus() != TaskStatus.DONE).toList();
	}

	/** The open parts named for a warning: unit — what it does. */
	public String openPartNames() {
		return String.join("; ",
				openParts().stream()
					.map((part) -> unitName(part.getUnitId()) + " — " + part.getDescription())
					.toList());
	}

	public Timeliness timeliness() {
		return this.task.timeliness(this.today);
	}

	public boolean needsNotice() {
		return this.task.needsNotice(this.today);
	}

	public String unitName(Long id) {
		return (id != null) ? this.unitNames.getOrDefault(id, "#" + id) : "";
	}

	public String person(Long id) {
		return (id != null) ? this.people.getOrDefault(id, "#" + id) : "";
	}

}
