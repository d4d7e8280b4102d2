package vn.dondoc.directive;

import java.time.LocalDate;

/**
 * A line of the directive register. For a confidential placeholder only the register
 * code, level, date received and lead unit are filled. A search also gives the first task
 * whose words matched ({@code null} otherwise).
 */
public record DirectiveRow(long id, String registerCode, Confidentiality confidentiality, DirectiveKind kind,
		String numberSymbol, String summary, LocalDate issueDate, Issuer issuer, LocalDate receivedDate,
		Directive.State status, String leadUnitName, int tasks, int openTasks, int overdueTasks, String matchedTask) {
}
