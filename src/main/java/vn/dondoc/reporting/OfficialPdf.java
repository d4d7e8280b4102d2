package vn.dondoc.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import com.lowagie.text.Chunk;
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
import com.lowagie.text.pdf.draw.LineSeparator;

/**
 * An {@link OfficialDocument} as a PDF with the layout of the Word file. The font is
 * Liberation Serif — metrically the same as Times New Roman, which Nghị định 30/2020 asks
 * for and which may not be shipped — embedded (Identity-H), so every Vietnamese letter
 * shows on any reader with no font installed and no network.
 */
final class OfficialPdf {

	private static final String FONTS = "com/mpobjects/jasperreports/fonts/liberation/";

	private OfficialPdf() {
	}

	static byte[] write(OfficialDocument doc) throws IOException {
		BaseFont regular = font("LiberationSerif-Regular.ttf");
		BaseFont bold = font("LiberationSerif-Bold.ttf");
		BaseFont italic = font("LiberationSerif-Italic.ttf");
		Font text = new Font(regular, 13);
		Font strong = new Font(bold, 13);
		Font small = new Font(regular, 11);
		Font smallStrong = new Font(bold, 11);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			// Margins of 30 mm left, 20 mm elsewhere (in points).
			Document document = new Document(PageSize.A4, 85, 57, 57, 57);
			PdfWriter.getInstance(document, out);
			document.addTitle(doc.subject());
			document.open();
			PdfPTable heading = new PdfPTable(new float[] { 1, 1.38f });
			heading.setWidthPercentage(100);
			PdfPCell body = cell(null);
			body.addElement(
					centred(String.join("\n", OfficialDocument.balanced(doc.authority(), 24)), new Font(regular, 12)));
			body.addElement(
					centred(String.join("\n", OfficialDocument.balanced(doc.organisation(), 22)), new Font(bold, 12)));
			body.addElement(rule(35));
			heading.addCell(body);
			PdfPCell nation = cell(null);
			nation.addElement(centred(doc.nation(), new Font(bold, 12)));
			nation.addElement(centred(doc.motto(), new Font(bold, 13)));
			nation.addElement(rule(62));
			heading.addCell(nation);
			heading.addCell(cell(centred(doc.number(), text)));
			heading.addCell(cell(centred(doc.dated(), new Font(italic, 13))));
			document.add(heading);

			Paragraph title = new Paragraph("\n" + doc.kind() + "\n" + doc.subject(), new Font(bold, 14));
			title.setAlignment(Element.ALIGN_CENTER);
			document.add(title);
			document.add(rule(25));
			for (String block : doc.blocks()) {
				Paragraph paragraph = new Paragraph(block, OfficialDocument.heading(block) ? strong : text);
				paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
				paragraph.setFirstLineIndent(28);
				paragraph.setSpacingAfter(6);
				document.add(paragraph);
			}
			if (doc.grid() != null) {
				OfficialDocument.Grid grid = doc.grid();
				document.add(new Paragraph(grid.caption(), strong));
				PdfPTable table = new PdfPTable(grid.widths());
				table.setWidthPercentage(100);
				table.setSpacingBefore(6);
				table.setHeaderRows(1);
				for (String head : grid.columns()) {
					table.addCell(new PdfPCell(new Phrase(head, smallStrong)));
				}
				for (List<String> row : grid.rows()) {
					row(table, row, small, grid.textColumns());
				}
				if (grid.total() != null) {
					row(table, grid.total(), smallStrong, grid.textColumns());
				}
				document.add(table);
			}
			PdfPTable end = new PdfPTable(2);
			end.setWidthPercentage(100);
			end.setSpacingBefore(18);
			end.setKeepTogether(true);
			PdfPCell recipients = cell(null);
			recipients.addElement(new Paragraph(doc.recipientsLabel(), new Font(italic, 12)));
			recipients.addElement(new Paragraph(String.join("\n", doc.recipients()), small));
			end.addCell(recipients);
			end.addCell(cell(centred(doc.signerPosition() + "\n\n\n\n" + doc.signer(), strong)));
			document.add(end);
			document.close();
			return out.toByteArray();
		}
		catch (DocumentException ex) {
			throw new IOException("PDF could not be written", ex);
		}
	}

	private static BaseFont font(String file) throws IOException {
		return BaseFont.createFont(FONTS + file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
	}

	private static void row(PdfPTable table, List<String> values, Font font, boolean text) {
		for (int c = 0; c < values.size(); c++) {
			PdfPCell cell = new PdfPCell(new Phrase(values.get(c), font));
			if (c > 0 && !text) {
				cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
			}
			table.addCell(cell);
		}
	}

	/** A centred rule line of a share of the column's width, a little below the text. */
	private static Paragraph rule(float percent) {
		Paragraph line = new Paragraph(6);
		line.add(new Chunk(new LineSeparator(0.6f, percent, null, Element.ALIGN_CENTER, 0)));
		return line;
	}

	private static Paragraph centred(String content, Font font) {
		Paragraph paragraph = new Paragraph(content, font);
		paragraph.setAlignment(Element.ALIGN_CENTER);
		return paragraph;
	}

	private static PdfPCell cell(Paragraph content) {
		PdfPCell cell = new PdfPCell();
		if (content != null) {
			cell.addElement(content);
		}
		cell.setBorder(PdfPCell.NO_BORDER);
		return cell;
	}

}
