package vn.dondoc.reporting;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.springframework.context.MessageSource;
import vn.dondoc.common.DayParameter;
import vn.dondoc.common.Vietnamese;

/**
 * The words of an issued report's document (Nghị định 30/2020) — the same for the Word
 * and the PDF version, taken from messages.properties so that neither writer holds text.
 */
record DocumentWords(String parentAuthority, String organisation, String nation, String motto, String number,
		String dated, String kind, String subject, String figures, List<String> columns, String recipientsLabel,
		List<String> recipients, String signerPosition, String signer) {

	static DocumentWords of(MessageSource messages, DepartmentReports.Report report, String parentAuthority,
			String organisation, String place, LocalDate today, java.time.ZoneId zone) {
		LocalDate day = (report.issuedOn() != null) ? report.issuedOn() : today;
		return new DocumentWords(parentAuthority.toUpperCase(Vietnamese.LOCALE),
				organisation.toUpperCase(Vietnamese.LOCALE), text(messages, "doc.nation"), text(messages, "doc.motto"),
				text(messages, "doc.number", (report.number() != null) ? report.number()
						: text(messages, "doc.numberBlank")),
				text(messages, "doc.dated", place, String.format("%02d", day.getDayOfMonth()), String.format("%02d",
						day.getMonthValue()), String.valueOf(day.getYear())),
				text(messages, "doc.kind"),
				text(messages, "doc.subject", text(messages, report.period().labelKey(), report.period().labelArg())),
				text(messages, "doc.figures", report.period().from().format(DayParameter.DMY),
						report.period().to().format(DayParameter.DMY))
						+ ((report.figuresAt() != null) ? " " + text(messages, "doc.figuresAt",
								Vietnamese.MOMENT.format(report.figuresAt().atZone(zone))) : ""),
				Arrays.asList(text(messages, "doc.columns").split("\\|")), text(messages, "doc.recipients"),
				Arrays.asList(text(messages, "doc.recipients.list").split("\\|")), text(messages, "doc.signerPosition"),
				(report.signer() != null) ? report.signer() : "");
	}

	private static String text(MessageSource messages, String key, Object... arguments) {
		return messages.getMessage(key, arguments, Vietnamese.LOCALE);
	}

}
