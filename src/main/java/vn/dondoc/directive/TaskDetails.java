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
		List<Person> leadUnitMembers, LocalDate today) {

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
