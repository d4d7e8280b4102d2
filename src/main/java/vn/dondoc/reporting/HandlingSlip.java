package vn.dondoc.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.dondoc.account.Actor;
import vn.dondoc.directive.Confidentiality;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveDetails;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.directive.DirectiveReading;
import vn.dondoc.directive.Issuer;
import vn.dondoc.directive.Task;
import vn.dondoc.directive.TaskPart;
import vn.dondoc.organisation.UnitDirectory;
import vn.dondoc.reporting.RegisterDocumentWriter.PdfFonts;
import vn.dondoc.reporting.WordStream.Align;
import vn.dondoc.reporting.WordStream.Run;
import vn.dondoc.common.Vietnamese;

/**
 * The handling slip of one incoming directive (Phiếu giải quyết văn bản đến, Nghị định
 * 30/2020, Appendix IV): the document, the leader's instruction, each task with its lead
 * unit and deadline and its coordinating units each with its own deadline, and the lines
 * for the unit's leader and the person handling it. It is found exactly as the
 * directive's page finds the directive: whoever may not see a confidential placeholder
 * gets nothing, and a placeholder's slip holds only what its page shows.
 */
@Component
class HandlingSlip {

	/** What the slip shows. */
	record Slip(long directiveId, String registerCode, LocalDate receivedDate, boolean placeholder,
			Confidentiality level, String placeholderUnit, DirectiveKind kind, String numberSymbol, LocalDate issueDate,
			Issuer issuer, String summary, String instruction, String instructionBy, LocalDate instructionOn,
			List<Line> lines) {

	}

	/** A task with its lead unit, deadline and coordinating units. */
	record Line(int seq, String content, String leadUnit, LocalDate deadline, List<Part> parts) {

	}

	/** A coordinating unit's part with its own deadline. */
	record Part(String unit, String description, LocalDate deadline) {

	}

	private final DirectiveReading reading;

	private final UnitDirectory units;

	private final MessageSource messages;

	private final Clock clock;

	private final String parentAuthority;

	private final String organisation;

	HandlingSlip(DirectiveReading reading, UnitDirectory units, MessageSource messages, Clock clock,
			@Value("${dondoc.organisation.parent-authority}") String parentAuthority,
			@Value("${dondoc.organisation.name}") String organisation) {
		this.reading = reading;
		this.units = units;
		this.messages = messages;
		this.clock = clock;
		this.parentAuthority = parentAuthority.toUpperCase(Vietnamese.LOCALE);
		this.organisation = organisation.toUpperCase(Vietnamese.LOCALE);
	}

	String parentAuthority() {
		return this.parentAuthority;
	}

	String organisation() {
		return this.organisation;
	}

	Optional<Slip> of(long id, Actor actor) {
		return this.reading.directive(id, actor).map(this::slip);
	}

	private Slip slip(DirectiveDetails details) {
		Directive d = details.directive();
		if (d.isConfidential()) {
			return new Slip(d.getId(), d.getRegisterCode(), d.getReceivedDate(), true, d.getConfidentiality(),
					details.unitName(d.getLeadUnitId()), null, null, null, null, null, null, null, null, List.of());
		}
		Set<Long> partUnits = new HashSet<>();
		details.tasks().forEach((task) -> task.getParts().forEach((part) -> partUnits.add(part.getUnitId())));
		Map<Long, String> partNames = this.units.namesOf(partUnits);
		List<Line> lines = details.tasks().stream().map((Task task) -> {
			List<Part> parts = task.getParts()
				.stream()
				.map((TaskPart part) -> new Part(partNames.getOrDefault(part.getUnitId(), "#" + part.getUnitId()),
						part.getDescription(), part.getDeadline()))
				.toList();
			return new Line(task.getSeq(), task.getContent(), details.unitName(task.getLeadUnitId()),
					task.getDeadline(), parts);
		}).toList();
		LocalDate instructed = (d.getInstructionAt() != null)
				? d.getInstructionAt().atZone(this.clock.getZone()).toLocalDate() : null;
		return new Slip(d.getId(), d.getRegisterCode(), d.getReceivedDate(), false, d.getConfidentiality(), null,
				d.getKind(), d.getNumberSymbol(), d.getIssueDate(), d.getIssuer(), d.getSummary(), d.getInstruction(),
				d.getInstructionBy(), instructed, lines);
	}

	private RegisterText words() {
		return new RegisterText(this.messages, Vietnamese.LOCALE);
	}

	/** The lines that identify the document, in the given language. */
	static List<String> identification(Slip slip, RegisterText words) {
		if (slip.placeholder()) {
			return List
				.of(words.text("slip.placeholder", slip.registerCode(), words.text("confidentiality." + slip.level()),
						RegisterText.date(slip.receivedDate()), slip.placeholderUnit()));
		}
		return List.of(
				words.text("slip.document",
						words.text("register.document", words.text("directiveKind." + slip.kind()), slip.numberSymbol(),
								RegisterText.date(slip.issueDate()), words.text("issuer." + slip.issuer()))),
				words.text("slip.summary", slip.summary()),
				words.text("slip.received", slip.registerCode(), RegisterText.date(slip.receivedDate())));
	}

	static String instructionLine(Slip slip, RegisterText words) {
		LocalDate on = slip.instructionOn();
		return words.text("slip.leader.by", String.format("%02d", on.getDayOfMonth()),
				String.format("%02d", on.getMonthValue()), String.valueOf(on.getYear()), slip.instructionBy());
	}

	static String parts(Line line, RegisterText words) {
		return String.join("\n", line.parts()
			.stream()
			.map((part) -> words.text("slip.part", part.unit(),
					(part.deadline() != null) ? RegisterText.date(part.deadline()) : words.text("register.noDeadline")))
			.toList());
	}

	void docx(Slip slip, OutputStream target) throws IOException {
		RegisterText words = words();
		WordStream.write(target, false, (word) -> {
			int half = word.textWidth() / 2;
			word.table(new int[] { half, half }, false, null, 13);
			word.row(Align.CENTER, new Run[] { Run.plain(this.parentAuthority, 13) }, new Run[0]);
			word.row(Align.CENTER, new Run[] { new Run(this.organisation, true, false, true, 26) }, new Run[0]);
			word.endTable();
			word.paragraph(Align.CENTER, 360, Run.bold(words.text("slip.doc.title"), 14));
			word.paragraph(Align.CENTER, 0);
			for (String line : identification(slip, words)) {
				word.paragraph(Align.BOTH, 60, Run.plain(line, 13));
			}
			if (slip.placeholder()) {
				return;
			}
			word.paragraph(Align.LEFT, 240, Run.bold(words.text("slip.leader"), 13));
			if (slip.instruction() != null) {
				word.paragraph(Align.BOTH, 60, Run.plain(slip.instruction(), 13));
				word.paragraph(Align.RIGHT, 60, new Run(instructionLine(slip, words), false, true, false, 26));
			}
			else {
				dots(word, words);
			}
			word.paragraph(Align.LEFT, 240, Run.bold(words.text("slip.units"), 13));
			int width = word.textWidth();
			word.table(new int[] { 600, width - 600 - 2200 - 1300 - 2700, 2200, 1300, 2700 }, true,
					words.list("slip.columns"), 12);
			for (Line line : slip.lines()) {
				word.row(List.of(
						String.valueOf(line.seq()), line.content(), line.leadUnit(), (line.deadline() != null)
								? RegisterText.date(line.deadline()) : words.text("register.noDeadline"),
						parts(line, words)), 12, 1);
			}
			word.endTable();
			word.paragraph(Align.LEFT, 240, Run.bold(words.text("slip.unitLeader"), 13));
			dots(word, words);
			word.paragraph(Align.LEFT, 240, Run.bold(words.text("slip.handler"), 13));
			dots(word, words);
		});
	}

	private static void dots(WordStream word, RegisterText words) throws IOException {
		word.paragraph(Align.LEFT, 60, Run.plain(words.text("slip.dots"), 13));
		word.paragraph(Align.LEFT, 60, Run.plain(words.text("slip.dots"), 13));
		word.paragraph(Align.RIGHT, 60, new Run(words.text("slip.dateLine"), false, true, false, 26));
	}

	void pdf(Slip slip, OutputStream target) throws IOException {
		RegisterText words = words();
		PdfFonts fonts = PdfFonts.load();
		Font text = new Font(fonts.regular(), 11);
		Font strong = new Font(fonts.bold(), 11);
		Font italic = new Font(fonts.italic(), 11);
		Document document = new Document(PageSize.A4, 56, 42, 42, 42);
		try {
			PdfWriter.getInstance(document, target);
			document.addTitle(words.text("slip.doc.title"));
			document.open();
			PdfPTable heading = new PdfPTable(2);
			heading.setWidthPercentage(100);
			heading.addCell(RegisterDocumentWriter.borderless(new Phrase(this.parentAuthority, text)));
			heading.addCell(RegisterDocumentWriter.borderless(new Phrase("")));
			heading.addCell(RegisterDocumentWriter
				.borderless(new Phrase(this.organisation, new Font(fonts.bold(), 11, Font.UNDERLINE))));
			heading.addCell(RegisterDocumentWriter.borderless(new Phrase("")));
			document.add(heading);
			Paragraph title = new Paragraph("\n" + words.text("slip.doc.title") + "\n\n", new Font(fonts.bold(), 13));
			title.setAlignment(Element.ALIGN_CENTER);
			document.add(title);
			for (String line : identification(slip, words)) {
				document.add(new Paragraph(line, text));
			}
			if (!slip.placeholder()) {
				document.add(spaced(words.text("slip.leader"), strong));
				if (slip.instruction() != null) {
					document.add(new Paragraph(slip.instruction(), text));
					Paragraph by = new Paragraph(instructionLine(slip, words), italic);
					by.setAlignment(Element.ALIGN_RIGHT);
					document.add(by);
				}
				else {
					pdfDots(document, words, text, italic);
				}
				document.add(spaced(words.text("slip.units"), strong));
				PdfPTable table = new PdfPTable(new float[] { 0.6f, 4, 2.2f, 1.3f, 2.7f });
				table.setWidthPercentage(100);
				table.setSpacingBefore(4);
				table.setHeaderRows(1);
				Font small = new Font(fonts.regular(), 9.5f);
				Font smallStrong = new Font(fonts.bold(), 9.5f);
				for (String head : words.list("slip.columns")) {
					PdfPCell cell = new PdfPCell(new Phrase(head, smallStrong));
					cell.setHorizontalAlignment(Element.ALIGN_CENTER);
					table.addCell(cell);
				}
				for (Line line : slip.lines()) {
					table.addCell(new PdfPCell(new Phrase(String.valueOf(line.seq()), small)));
					table.addCell(new PdfPCell(new Phrase(line.content(), small)));
					table.addCell(new PdfPCell(new Phrase(line.leadUnit(), small)));
					table.addCell(new PdfPCell(new Phrase((line.deadline() != null) ? RegisterText.date(line.deadline())
							: words.text("register.noDeadline"), small)));
					table.addCell(new PdfPCell(new Phrase(parts(line, words), small)));
				}
				document.add(table);
				document.add(spaced(words.text("slip.unitLeader"), strong));
				pdfDots(document, words, text, italic);
				document.add(spaced(words.text("slip.handler"), strong));
				pdfDots(document, words, text, italic);
			}
			document.close();
		}
		catch (DocumentException ex) {
			throw new IOException("PDF could not be written", ex);
		}
	}

	private static Paragraph spaced(String content, Font font) {
		Paragraph paragraph = new Paragraph(content, font);
		paragraph.setSpacingBefore(10);
		return paragraph;
	}

	private static void pdfDots(Document document, RegisterText words, Font text, Font italic) {
		document.add(new Paragraph(words.text("slip.dots"), text));
		document.add(new Paragraph(words.text("slip.dots"), text));
		Paragraph date = new Paragraph(words.text("slip.dateLine"), italic);
		date.setAlignment(Element.ALIGN_RIGHT);
		document.add(date);
	}

}
