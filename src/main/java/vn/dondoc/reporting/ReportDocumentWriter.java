package vn.dondoc.reporting;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

import vn.dondoc.common.DayParameter;
import vn.dondoc.common.Vietnamese;
import vn.dondoc.organisation.UnitManagement;

/**
 * The reports as documents (Nghị định 30/2020): the Department's report, issued under the
 * province's People's Committee, and a unit's report, under the Department. Their words
 * come from messages.properties and the organisation's settings, always in Vietnamese.
 */
@Component
class ReportDocumentWriter {

	private static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private final MessageSource messages;

	private final String parentAuthority;

	private final String organisation;

	private final String place;

	private final String abbreviation;

	private final Clock clock;

	private final UnitManagement units;

	ReportDocumentWriter(MessageSource messages, Clock clock, UnitManagement units,
			@Value("${dondoc.organisation.parent-authority}") String parentAuthority,
			@Value("${dondoc.organisation.name}") String organisation,
			@Value("${dondoc.organisation.place:}") String place,
			@Value("${dondoc.organisation.abbreviation:}") String abbreviation) {
		if (place.isBlank()) {
			throw new IllegalStateException("dondoc.organisation.place is empty: the reports' Word and PDF documents"
					+ " need the place they are dated at (\"Gia Lai, ngày …\"). Set DONDOC_PROVINCE or"
					+ " dondoc.organisation.place.");
		}
		this.abbreviation = abbreviation.isBlank() ? "…" : abbreviation;
		this.messages = messages;
		this.clock = clock;
		this.units = units;
		this.parentAuthority = parentAuthority;
		this.organisation = organisation;
		this.place = place;
	}

	OfficialDocument department(DepartmentReporting.Report report) {
		List<String> blocks = OfficialDocument.blocks(report.text());
		List<List<String>> rows = new ArrayList<>();
		for (DepartmentReporting.UnitLine line : report.figures().units()) {
			rows.add(line(line));
		}
		String caption = text("doc.figures", DayParameter.DMY.format(report.period().from()),
				DayParameter.DMY.format(report.period().to()))
				+ ((report.figuresAt() != null) ? " " + text("doc.figuresAt",
						Vietnamese.MOMENT.format(report.figuresAt().atZone(this.clock.getZone()))) : "");
		OfficialDocument.Grid grid = new OfficialDocument.Grid(caption, columns("doc.columns"),
				new float[] { 3, 1, 1, 1, 1, 1, 1 }, rows, line(report.figures().total()), false);
		return new OfficialDocument(upper(this.parentAuthority), upper(this.organisation), text("doc.nation"),
				text("doc.motto"),
				text("doc.number",
						(report.number() != null) ? report.number() : text("doc.numberBlank", this.abbreviation)),
				dated((report.issuedOn() != null) ? report.issuedOn() : today()), text("doc.kind"),
				text("doc.subject", label(report.period())), blocks, grid, text("doc.recipients"),
				columns("doc.recipients.list"), text("doc.signerPosition"),
				(report.signer() != null) ? report.signer() : "");
	}

	/**
	 * A unit's report: its figures in a sentence, its words under the three headings, its
	 * overdue tasks in a table, signed by its head. Before it is sent it is a draft: no
	 * signature, today's date.
	 */
	OfficialDocument unit(UnitReporting.Report report) {
		vn.dondoc.organisation.Unit unit = this.units.find(report.unitId()).orElseThrow();
		UnitReporting.ReportFigures f = report.figures();
		List<String> blocks = new ArrayList<>();
		blocks.add(text("unitdoc.results"));
		blocks.add(text("unitdoc.summary", DayParameter.DMY.format(report.period().from()),
				DayParameter.DMY.format(report.period().to()), f.received(), f.onTime() + f.late(), f.onTime(),
				f.late(), f.within(), f.overdue(), f.noDeadline()));
		words(blocks, report.assessment());
		blocks.add(text("department.draft.difficulties"));
		words(blocks, report.difficulties());
		blocks.add(text("department.draft.proposals"));
		words(blocks, report.proposals());
		OfficialDocument.Grid grid = null;
		if (!report.overdue().isEmpty()) {
			List<List<String>> rows = new ArrayList<>();
			int n = 1;
			for (UnitReporting.OverdueLine line : report.overdue()) {
				rows.add(List.of(String.valueOf(n++), line.content(), DayParameter.DMY.format(line.deadline()),
						(line.reason() != null) ? line.reason() : "",
						(line.proposal() != null) ? line.proposal() : ""));
			}
			grid = new OfficialDocument.Grid(text("unitdoc.overdue", report.overdue().size()),
					columns("unitdoc.overdue.columns"), new float[] { 0.5f, 4, 1.3f, 2.5f, 2.5f }, rows, null, true);
		}
		LocalDate day = (report.submittedAt() != null) ? LocalDate.ofInstant(report.submittedAt(), this.clock.getZone())
				: today();
		return new OfficialDocument(upper(this.organisation), upper(unit.getName()), text("doc.nation"),
				text("doc.motto"), text("doc.number", text("unitdoc.numberBlank", unit.getCode())), dated(day),
				text("doc.kind"), text("doc.subject", label(report.period())), blocks, grid, text("doc.recipients"),
				columns("unitdoc.recipients", unit.getCode()), text("unitdoc.signerPosition." + unit.getKind()),
				(report.sent() && report.submittedBy() != null) ? report.submittedBy() : "");
	}

	/** A document as a Word file to download. */
	static ResponseEntity<byte[]> docx(OfficialDocument document, String name) throws IOException {
		return ResponseEntity.ok()
			.contentType(DOCX)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".docx\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(OfficialDocx.write(document));
	}

	/** A document as a PDF shown in the browser, to read and print. */
	static ResponseEntity<byte[]> pdf(OfficialDocument document, String name) throws IOException {
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"" + name + ".pdf\"")
			.header("X-Content-Type-Options", "nosniff")
			.body(OfficialPdf.write(document));
	}

	private void words(List<String> blocks, String words) {
		List<String> paragraphs = (words != null) ? OfficialDocument.blocks(words) : List.of();
		blocks.addAll(paragraphs.isEmpty() ? List.of(text("department.draft.none")) : paragraphs);
	}

	private static List<String> line(DepartmentReporting.UnitLine line) {
		return List.of(line.unit(), String.valueOf(line.received()), String.valueOf(line.onTime()),
				String.valueOf(line.late()), String.valueOf(line.within()), String.valueOf(line.undated()),
				String.valueOf(line.overdue()));
	}

	private String dated(LocalDate day) {
		return text("doc.dated", this.place, String.format("%02d", day.getDayOfMonth()),
				String.format("%02d", day.getMonthValue()), String.valueOf(day.getYear()));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

	private String label(ReportPeriod period) {
		return period.label(this.messages, Vietnamese.LOCALE);
	}

	private List<String> columns(String key, Object... arguments) {
		return Arrays.asList(text(key, arguments).split("\\|"));
	}

	private static String upper(String name) {
		return name.toUpperCase(Vietnamese.LOCALE);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Vietnamese.LOCALE);
	}

}
