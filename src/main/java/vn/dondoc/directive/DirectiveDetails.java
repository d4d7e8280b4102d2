package vn.dondoc.directive;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import vn.dondoc.audit.AuditEntry;

/**
 * Everything the page of one directive shows.
 */
public record DirectiveDetails(Directive directive, List<Task> tasks, Map<Long, String> unitNames,
		List<Attachment> attachments, List<ConfidentialReport> confidentialReports, List<AuditEntry> history,
		LocalDate today) {

	/** A written confidential report due for a placeholder, and whether it was sent. */
	public record ConfidentialReport(long id, LocalDate dueDate, LocalDate sentOn, String documentNumber) {
	}

	public String unitName(Long id) {
		return (id != null) ? this.unitNames.getOrDefault(id, "#" + id) : "";
	}

}
