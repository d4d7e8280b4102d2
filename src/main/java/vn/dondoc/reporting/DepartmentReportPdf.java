package vn.dondoc.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;

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

/**
 * The Department's report as a PDF with the layout of the Word document. The DejaVu Serif
 * font is embedded (Identity-H), so every Vietnamese letter shows on any reader, with no
 * font installed and no network.
 */
final class DepartmentReportPdf {

	private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

	private DepartmentReportPdf() {
	}

	static byte[] write(DepartmentReports.Report report, DocumentWords words) throws IOException {
		BaseFont regular = BaseFont.createFont(FONTS + "DejaVuSerif.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		BaseFont bold = BaseFont.createFont(FONTS + "DejaVuSerif-Bold.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		BaseFont italic = BaseFont.createFont(FONTS + "DejaVuSerif-Italic.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
		Font text = new Font(regular, 12);
		Font strong = new Font(bold, 12);
		Font small = new Font(regular, 10);
		Font smallStrong = new Font(bold, 10);
		Font dated = new Font(italic, 12);
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Document document = new Document(PageSize.A4, 56, 42, 42, 42);
			PdfWriter.getInstance(document, out);
			document.addTitle(words.subject());
			document.open();
			Font headingFont = new Font(bold, 11);
			PdfPTable heading = new PdfPTable(new float[] { 1, 1.5f });
			heading.setWidthPercentage(100);
			heading.addCell(plain(words.parentAuthority() + "\n" + words.organisation(), headingFont));
			heading.addCell(plain(words.nation() + "\n" + words.motto(), headingFont));
			heading.addCell(plain(words.number(), text));
			heading.addCell(plain(words.dated(), dated));
			document.add(heading);
			Paragraph title = new Paragraph("\n" + words.kind() + "\n" + words.subject() + "\n", strong);
			title.setAlignment(Element.ALIGN_CENTER);
			document.add(title);
			for (String block : report.text().split("\\n\\s*\\n")) {
				Paragraph body = new Paragraph(block.strip(), block.matches("^[IVX]+\\. .*") ? strong : text);
				body.setAlignment(Element.ALIGN_JUSTIFIED);
				body.setFirstLineIndent(28);
				body.setSpacingAfter(6);
				document.add(body);
			}
			document.add(new Paragraph(words.figures(), strong));
			PdfPTable table = new PdfPTable(new float[] { 3, 1, 1, 1, 1, 1 });
			table.setWidthPercentage(100);
			table.setSpacingBefore(6);
			for (String head : words.columns()) {
				table.addCell(new PdfPCell(new Phrase(head, smallStrong)));
			}
			for (DepartmentReports.UnitLine unit : report.figures().units()) {
				line(table, unit, small);
			}
			line(table, report.figures().total(), smallStrong);
			document.add(table);
			PdfPTable end = new PdfPTable(2);
			end.setWidthPercentage(100);
			end.setSpacingBefore(18);
			end.addCell(plainLeft(words.recipientsLabel() + "\n" + String.join("\n", words.recipients()), small));
			end.addCell(plain(words.signerPosition() + "\n\n\n\n" + words.signer(), strong));
			document.add(end);
			document.close();
			return out.toByteArray();
		}
		catch (DocumentException ex) {
			throw new IOException("PDF could not be written", ex);
		}
	}

	private static void line(PdfPTable table, DepartmentReports.UnitLine unit, Font font) {
		table.addCell(new PdfPCell(new Phrase(unit.unit(), font)));
		for (int value : new int[] { unit.received(), unit.onTime(), unit.late(), unit.within(), unit.overdue() }) {
			PdfPCell cell = new PdfPCell(new Phrase(String.valueOf(value), font));
			cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
			table.addCell(cell);
		}
	}

	private static PdfPCell plain(String content, Font font) {
		PdfPCell cell = new PdfPCell(new Phrase(content, font));
		cell.setBorder(PdfPCell.NO_BORDER);
		cell.setHorizontalAlignment(Element.ALIGN_CENTER);
		return cell;
	}

	private static PdfPCell plainLeft(String content, Font font) {
		PdfPCell cell = plain(content, font);
		cell.setHorizontalAlignment(Element.ALIGN_LEFT);
		return cell;
	}

}
