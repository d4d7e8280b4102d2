package vn.dondoc.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The Department's report as a Word document laid out as an administrative document of
 * Nghị định 30/2020 (Appendix I): issuing body and national heading side by side, number
 * and symbol, place and date, the title, the body, the figures, "Nơi nhận" and the
 * signature block; Times New Roman 13–14, A4, margins 20–30 mm.
 */
final class DepartmentReportDocx {

	private static final String FONT = "Times New Roman";

	private DepartmentReportDocx() {
	}

	static byte[] write(DepartmentReports.Report report, DocumentWords words) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(document);
			XWPFTable heading = document.createTable(3, 2);
			heading.removeBorders();
			cell(heading.getRow(0).getCell(0), words.parentAuthority(), false, false, 13);
			cell(heading.getRow(0).getCell(1), words.nation(), true, false, 13);
			cell(heading.getRow(1).getCell(0), words.organisation(), true, true, 13);
			cell(heading.getRow(1).getCell(1), words.motto(), true, true, 14);
			cell(heading.getRow(2).getCell(0), words.number(), false, false, 13);
			XWPFParagraph dated = heading.getRow(2).getCell(1).getParagraphs().get(0);
			dated.setAlignment(ParagraphAlignment.CENTER);
			run(dated, words.dated(), false, 14).setItalic(true);

			XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER);
			title.setSpacingBefore(360);
			run(title, words.kind(), true, 14);
			XWPFParagraph subject = paragraph(document, ParagraphAlignment.CENTER);
			run(subject, words.subject(), true, 14);
			XWPFParagraph line = paragraph(document, ParagraphAlignment.CENTER);
			run(line, "__________", false, 14);

			for (String block : report.text().split("\\n\\s*\\n")) {
				XWPFParagraph body = paragraph(document, ParagraphAlignment.BOTH);
				body.setFirstLineIndent(567);
				body.setSpacingAfter(120);
				boolean headingLine = block.matches("^[IVX]+\\. .*");
				run(body, block.strip(), headingLine, 14);
			}

			XWPFParagraph annex = paragraph(document, ParagraphAlignment.LEFT);
			run(annex, words.figures(), true, 13);
			List<DepartmentReports.UnitLine> lines = report.figures().units();
			XWPFTable table = document.createTable(lines.size() + 2, 6);
			List<String> head = words.columns();
			for (int c = 0; c < head.size(); c++) {
				cell(table.getRow(0).getCell(c), head.get(c), true, false, 12);
			}
			int r = 1;
			for (DepartmentReports.UnitLine unit : lines) {
				row(table, r++, unit, false);
			}
			row(table, r, report.figures().total(), true);

			XWPFTable end = document.createTable(1, 2);
			end.removeBorders();
			XWPFTableCell recipients = end.getRow(0).getCell(0);
			XWPFParagraph first = recipients.getParagraphs().get(0);
			XWPFRun label = run(first, words.recipientsLabel(), true, 12);
			label.setItalic(true);
			for (String to : words.recipients()) {
				run(recipients.addParagraph(), to, false, 11);
			}
			XWPFTableCell signature = end.getRow(0).getCell(1);
			XWPFParagraph position = signature.getParagraphs().get(0);
			position.setAlignment(ParagraphAlignment.CENTER);
			run(position, words.signerPosition(), true, 14);
			XWPFParagraph space = signature.addParagraph();
			space.setSpacingAfter(1200);
			XWPFParagraph name = signature.addParagraph();
			name.setAlignment(ParagraphAlignment.CENTER);
			run(name, words.signer(), true, 14);

			document.write(out);
			return out.toByteArray();
		}
	}

	private static void page(XWPFDocument document) {
		CTSectPr section = document.getDocument().getBody().addNewSectPr();
		CTPageSz size = section.addNewPgSz();
		size.setW(BigInteger.valueOf(11906));
		size.setH(BigInteger.valueOf(16838));
		CTPageMar margins = section.addNewPgMar();
		margins.setTop(BigInteger.valueOf(1134));
		margins.setBottom(BigInteger.valueOf(1134));
		margins.setLeft(BigInteger.valueOf(1701));
		margins.setRight(BigInteger.valueOf(1134));
	}

	private static void row(XWPFTable table, int r, DepartmentReports.UnitLine unit, boolean bold) {
		cell(table.getRow(r).getCell(0), unit.unit(), bold, false, 12);
		int[] values = { unit.received(), unit.onTime(), unit.late(), unit.within(), unit.overdue() };
		for (int c = 0; c < values.length; c++) {
			cell(table.getRow(r).getCell(c + 1), String.valueOf(values[c]), bold, false, 12);
		}
	}

	private static void cell(XWPFTableCell cell, String text, boolean bold, boolean underline, int size) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		XWPFRun run = run(paragraph, text, bold, size);
		if (underline) {
			run.setUnderline(UnderlinePatterns.SINGLE);
		}
	}

	private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		return paragraph;
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, int size) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		run.setText(text);
		return run;
	}

}
