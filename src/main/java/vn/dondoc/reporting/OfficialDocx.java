package vn.dondoc.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;

import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * An {@link OfficialDocument} as a Word file: Times New Roman 12–14 (Nghị định 30/2020),
 * A4 with margins of 20–30 mm, the heading names on balanced lines with a short rule line
 * under the issuing body and one the length of the motto under it.
 */
final class OfficialDocx {

	static final String FONT = "Times New Roman";

	/** Text width of the page in twentieths of a point: A4 less 30 mm and 20 mm. */
	private static final int WIDTH = 11906 - 1701 - 1134;

	/** The left column of the heading: the issuing body. */
	private static final int LEFT = 3800;

	private OfficialDocx() {
	}

	static byte[] write(OfficialDocument doc) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			page(document);
			XWPFTable heading = document.createTable(2, 2);
			heading.removeBorders();
			widths(heading, LEFT, WIDTH - LEFT);
			XWPFTableCell body = heading.getRow(0).getCell(0);
			// 12 points for the three upper lines: each fits its column on one line.
			lines(body.getParagraphs().get(0), OfficialDocument.balanced(doc.authority(), 24), false, 12);
			lines(body.addParagraph(), OfficialDocument.balanced(doc.organisation(), 22), true, 12);
			rule(body.addParagraph(), LEFT / 3);
			XWPFTableCell nation = heading.getRow(0).getCell(1);
			lines(nation.getParagraphs().get(0), List.of(doc.nation()), true, 12);
			lines(nation.addParagraph(), List.of(doc.motto()), true, 14);
			rule(nation.addParagraph(), (WIDTH - LEFT) - 1900);
			lines(heading.getRow(1).getCell(0).getParagraphs().get(0), List.of(doc.number()), false, 13);
			XWPFParagraph dated = heading.getRow(1).getCell(1).getParagraphs().get(0);
			dated.setAlignment(ParagraphAlignment.CENTER);
			run(dated, doc.dated(), false, 14).setItalic(true);

			XWPFParagraph title = paragraph(document, ParagraphAlignment.CENTER);
			title.setSpacingBefore(360);
			run(title, doc.kind(), true, 14);
			XWPFParagraph subject = paragraph(document, ParagraphAlignment.CENTER);
			run(subject, doc.subject(), true, 14);
			rule(paragraph(document, ParagraphAlignment.CENTER), WIDTH - 2 * 3400);

			for (String block : doc.blocks()) {
				XWPFParagraph paragraph = paragraph(document, ParagraphAlignment.BOTH);
				paragraph.setFirstLineIndent(567);
				paragraph.setSpacingAfter(120);
				text(paragraph, block, OfficialDocument.heading(block), 14);
			}

			if (doc.grid() != null) {
				grid(document, doc.grid());
			}

			XWPFTable end = document.createTable(1, 2);
			end.removeBorders();
			widths(end, WIDTH / 2, WIDTH - WIDTH / 2);
			XWPFTableCell recipients = end.getRow(0).getCell(0);
			XWPFParagraph first = recipients.getParagraphs().get(0);
			run(first, doc.recipientsLabel(), true, 12).setItalic(true);
			for (String to : doc.recipients()) {
				run(recipients.addParagraph(), to, false, 11);
			}
			XWPFTableCell signature = end.getRow(0).getCell(1);
			XWPFParagraph position = signature.getParagraphs().get(0);
			position.setAlignment(ParagraphAlignment.CENTER);
			run(position, doc.signerPosition(), true, 14);
			XWPFParagraph space = signature.addParagraph();
			space.setSpacingAfter(1200);
			XWPFParagraph name = signature.addParagraph();
			name.setAlignment(ParagraphAlignment.CENTER);
			run(name, doc.signer(), true, 14);

			document.write(out);
			return out.toByteArray();
		}
	}

	private static void grid(XWPFDocument document, OfficialDocument.Grid grid) {
		XWPFParagraph caption = paragraph(document, ParagraphAlignment.LEFT);
		run(caption, grid.caption(), true, 13);
		int rows = grid.rows().size() + 1 + ((grid.total() != null) ? 1 : 0);
		XWPFTable table = document.createTable(rows, grid.columns().size());
		float sum = 0;
		for (float w : grid.widths()) {
			sum += w;
		}
		int[] widths = new int[grid.widths().length];
		for (int i = 0; i < widths.length; i++) {
			widths[i] = Math.round(WIDTH * grid.widths()[i] / sum);
		}
		widths(table, widths);
		for (int c = 0; c < grid.columns().size(); c++) {
			cell(table.getRow(0).getCell(c), grid.columns().get(c), true, ParagraphAlignment.CENTER);
		}
		int r = 1;
		for (List<String> row : grid.rows()) {
			row(table, r++, row, false, grid.textColumns());
		}
		if (grid.total() != null) {
			row(table, r, grid.total(), true, grid.textColumns());
		}
	}

	private static void row(XWPFTable table, int r, List<String> values, boolean bold, boolean text) {
		for (int c = 0; c < values.size(); c++) {
			cell(table.getRow(r).getCell(c), values.get(c), bold,
					(c == 0 || text) ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
		}
	}

	private static void widths(XWPFTable table, int... widths) {
		table.setWidth(String.valueOf(java.util.Arrays.stream(widths).sum()));
		for (int r = 0; r < table.getNumberOfRows(); r++) {
			for (int c = 0; c < widths.length; c++) {
				table.getRow(r).getCell(c).setWidth(String.valueOf(widths[c]));
			}
		}
	}

	/**
	 * A rule line of the given length, centred: the paragraph's bottom border, indented
	 * from both sides of the column.
	 */
	private static void rule(XWPFParagraph paragraph, int inset) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setBorderBottom(Borders.SINGLE);
		paragraph.setIndentationLeft(inset / 2);
		paragraph.setIndentationRight(inset / 2);
		paragraph.setSpacingAfter(0);
		paragraph.setSpacingBefore(0);
		run(paragraph, "", false, 4);
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

	private static void cell(XWPFTableCell cell, String text, boolean bold, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = cell.getParagraphs().get(0);
		paragraph.setAlignment(alignment);
		text(paragraph, text, bold, 12);
	}

	/** Centred lines of a heading, one run with breaks between them. */
	private static void lines(XWPFParagraph paragraph, List<String> lines, boolean bold, int size) {
		paragraph.setAlignment(ParagraphAlignment.CENTER);
		paragraph.setSpacingAfter(0);
		text(paragraph, String.join("\n", lines), bold, size);
	}

	private static XWPFParagraph paragraph(XWPFDocument document, ParagraphAlignment alignment) {
		XWPFParagraph paragraph = document.createParagraph();
		paragraph.setAlignment(alignment);
		return paragraph;
	}

	/** Text whose line breaks stay line breaks (Word ignores a newline inside a run). */
	private static void text(XWPFParagraph paragraph, String text, boolean bold, int size) {
		XWPFRun run = run(paragraph, null, bold, size);
		String[] lines = (text != null) ? text.split("\\r?\\n", -1) : new String[] { "" };
		run.setText(lines[0], 0);
		for (int i = 1; i < lines.length; i++) {
			run.addBreak();
			run.setText(lines[i]);
		}
	}

	private static XWPFRun run(XWPFParagraph paragraph, String text, boolean bold, int size) {
		XWPFRun run = paragraph.createRun();
		run.setFontFamily(FONT);
		run.setFontSize(size);
		run.setBold(bold);
		if (text != null) {
			run.setText(text);
		}
		return run;
	}

}
