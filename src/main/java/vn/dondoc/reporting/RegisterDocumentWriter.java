package vn.dondoc.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.dondoc.directive.IncomingRegister;
import vn.dondoc.reporting.WordStream.Align;
import vn.dondoc.reporting.WordStream.Run;
import vn.dondoc.common.Vietnamese;

/**
 * The follow-up register of incoming documents as a Word and a PDF document: landscape
 * A4, the issuing body beside the national heading, the register's title and range, and
 * the seven columns of Appendix IV, their header repeated on every page. Both stream the
 * entries as the database hands them over.
 */
@Component
class RegisterDocumentWriter {

	static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

	/** Column widths in twentieths of a point: 14,570 is landscape A4 less 2 × 20 mm. */
	private static final int[] WIDTHS = { 1750, 3300, 2500, 1500, 2750, 1500, 1270 };

	private final IncomingRegister register;

	private final MessageSource messages;

	private final String parentAuthority;

	private final String organisation;

	RegisterDocumentWriter(IncomingRegister register, MessageSource messages,
			@Value("${dondoc.organisation.parent-authority}") String parentAuthority,
			@Value("${dondoc.organisation.name}") String organisation) {
		this.register = register;
		this.messages = messages;
		this.parentAuthority = parentAuthority.toUpperCase(Vietnamese.LOCALE);
		this.organisation = organisation.toUpperCase(Vietnamese.LOCALE);
	}

	RegisterText words() {
		return new RegisterText(this.messages, Vietnamese.LOCALE);
	}

	/**
	 * @return the number of entries written
	 */
	int docx(LocalDate from, LocalDate to, OutputStream target) throws IOException {
		RegisterText words = words();
		int[] count = new int[1];
		WordStream.write(target, true, (word) -> {
			heading(word, words, this.parentAuthority, this.organisation);
			word.paragraph(Align.CENTER, 360, Run.bold(words.text("register.doc.title"), 14));
			word.paragraph(Align.CENTER, 0,
					new Run(words.text("register.doc.range", RegisterText.date(from), RegisterText.date(to)), false,
							true, false, 26));
			word.paragraph(Align.CENTER, 0);
			word.table(WIDTHS, true, words.list("register.columns"), 11);
			try {
				count[0] = this.register.each(from, to, (entry) -> {
					try {
						word.row(words.cells(entry), 11, 1);
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				});
			}
			catch (UncheckedIOException ex) {
				throw ex.getCause();
			}
			word.endTable();
		});
		return count[0];
	}

	/**
	 * The issuing body (its superior above it, the name bold and underlined) beside the
	 * national heading and motto, as in Nghị định 30/2020.
	 */
	static void heading(WordStream word, RegisterText words, String parentAuthority, String organisation)
			throws IOException {
		int half = word.textWidth() / 2;
		word.table(new int[] { half - 1000, half + 1000 }, false, null, 13);
		word.row(Align.CENTER, new Run[] { Run.plain(parentAuthority, 13) },
				new Run[] { Run.bold(words.text("doc.nation"), 13) });
		word.row(Align.CENTER, new Run[] { new Run(organisation, true, false, true, 26) },
				new Run[] { new Run(words.text("doc.motto"), true, false, true, 28) });
		word.endTable();
	}

	/**
	 * @return the number of entries written
	 */
	int pdf(LocalDate from, LocalDate to, OutputStream target) throws IOException {
		RegisterText words = words();
		PdfFonts fonts = PdfFonts.load();
		Document document = new Document(PageSize.A4.rotate(), 40, 40, 36, 36);
		try {
			PdfWriter.getInstance(document, target);
			document.addTitle(words.text("register.doc.title"));
			document.open();
			document.add(pdfHeading(fonts, words, this.parentAuthority, this.organisation));
			Paragraph title = new Paragraph("\n" + words.text("register.doc.title"), new Font(fonts.bold(), 13));
			title.setAlignment(Element.ALIGN_CENTER);
			document.add(title);
			Paragraph range = new Paragraph(
					words.text("register.doc.range", RegisterText.date(from), RegisterText.date(to)),
					new Font(fonts.italic(), 11));
			range.setAlignment(Element.ALIGN_CENTER);
			range.setSpacingAfter(8);
			document.add(range);
			float[] relative = new float[WIDTHS.length];
			for (int i = 0; i < WIDTHS.length; i++) {
				relative[i] = WIDTHS[i];
			}
			Font head = new Font(fonts.bold(), 8.5f);
			Font cell = new Font(fonts.regular(), 8.5f);
			PdfPTable[] table = { table(relative, words.list("register.columns"), head) };
			int count;
			try {
				count = this.register.each(from, to, (entry) -> {
					List<String> cells = words.cells(entry);
					for (int c = 0; c < cells.size(); c++) {
						PdfPCell pdfCell = new PdfPCell(new Phrase(cells.get(c), cell));
						if (c == 0) {
							pdfCell.setHorizontalAlignment(Element.ALIGN_CENTER);
						}
						table[0].addCell(pdfCell);
					}
					// Hand the rows written so far to the document, so that only a page's
					// worth is held.
					if (table[0].size() >= 50) {
						try {
							document.add(table[0]);
						}
						catch (DocumentException ex) {
							throw new IllegalStateException(ex);
						}
					}
				});
			}
			catch (IllegalStateException ex) {
				throw new IOException("PDF could not be written", ex.getCause());
			}
			table[0].setComplete(true);
			document.add(table[0]);
			document.close();
			return count;
		}
		catch (DocumentException ex) {
			throw new IOException("PDF could not be written", ex);
		}
	}

	private static PdfPTable table(float[] widths, List<String> header, Font font) {
		PdfPTable table = new PdfPTable(widths);
		table.setWidthPercentage(100);
		table.setHeaderRows(1);
		table.setComplete(false);
		for (String head : header) {
			PdfPCell cell = new PdfPCell(new Phrase(head, font));
			cell.setHorizontalAlignment(Element.ALIGN_CENTER);
			cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
			table.addCell(cell);
		}
		return table;
	}

	static PdfPTable pdfHeading(PdfFonts fonts, RegisterText words, String parentAuthority, String organisation) {
		PdfPTable heading = new PdfPTable(new float[] { 1, 1.4f });
		heading.setWidthPercentage(100);
		Font plain = new Font(fonts.regular(), 11);
		Font bold = new Font(fonts.bold(), 11);
		Font underlined = new Font(fonts.bold(), 11, Font.UNDERLINE);
		heading.addCell(borderless(new Phrase(parentAuthority, plain)));
		heading.addCell(borderless(new Phrase(words.text("doc.nation"), bold)));
		heading.addCell(borderless(new Phrase(organisation, underlined)));
		heading.addCell(borderless(new Phrase(words.text("doc.motto"), underlined)));
		return heading;
	}

	static PdfPCell borderless(Phrase phrase) {
		PdfPCell cell = new PdfPCell(phrase);
		cell.setBorder(PdfPCell.NO_BORDER);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		return cell;
	}

	/** The embedded DejaVu Serif faces: every Vietnamese letter on any reader. */
	record PdfFonts(BaseFont regular, BaseFont bold, BaseFont italic) {

		static PdfFonts load() throws IOException {
			return new PdfFonts(font("DejaVuSerif.ttf"), font("DejaVuSerif-Bold.ttf"), font("DejaVuSerif-Italic.ttf"));
		}

		private static BaseFont font(String file) throws IOException {
			try {
				return BaseFont.createFont(FONTS + file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
			}
			catch (DocumentException ex) {
				throw new IOException(ex);
			}
		}

	}

}
