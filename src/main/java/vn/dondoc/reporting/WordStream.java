package vn.dondoc.reporting;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A Word document (WordprocessingML) written straight into the response as its rows come
 * from the database: a register of a province's year has tens of thousands of rows, which
 * an in-memory document model would hold all at once. It writes only what the registers
 * need — paragraphs, borderless heading tables and a bordered table whose header row
 * repeats on every page — in Times New Roman, A4 portrait or landscape.
 */
final class WordStream {

	private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

	private final ZipOutputStream zip;

	private final Writer out;

	private final boolean landscape;

	private int[] widths;

	/** What goes into the document's body. */
	@FunctionalInterface
	interface Body {

		void write(WordStream word) throws IOException;

	}

	/**
	 * Writes a whole document. When the body fails half-way the document is left
	 * unfinished — a download that cannot be opened, rather than one that opens with rows
	 * missing.
	 */
	static void write(OutputStream target, boolean landscape, Body body) throws IOException {
		WordStream word = new WordStream(target, landscape);
		body.write(word);
		word.finish();
	}

	private WordStream(OutputStream target, boolean landscape) throws IOException {
		this.zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
		this.landscape = landscape;
		part("[Content_Types].xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
				<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
				<Default Extension="xml" ContentType="application/xml"/>\
				<Override PartName="/word/document.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
				<Override PartName="/word/styles.xml" \
				ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
				</Types>""");
		part("_rels/.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" \
				Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" \
				Target="word/document.xml"/></Relationships>""");
		part("word/_rels/document.xml.rels", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
				<Relationship Id="rId1" \
				Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" \
				Target="styles.xml"/></Relationships>""");
		part("word/styles.xml", """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<w:styles xmlns:w="%s"><w:docDefaults><w:rPrDefault><w:rPr>\
				<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman" \
				w:eastAsia="Times New Roman"/><w:sz w:val="26"/><w:szCs w:val="26"/><w:lang w:val="vi-VN"/>\
				</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="240" \
				w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults></w:styles>""".formatted(W));
		this.zip.putNextEntry(new ZipEntry("word/document.xml"));
		this.out = new BufferedWriter(new OutputStreamWriter(this.zip, StandardCharsets.UTF_8), 1 << 16);
		this.out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"" + W
				+ "\"><w:body>");
	}

	private void part(String name, String xml) throws IOException {
		this.zip.putNextEntry(new ZipEntry(name));
		this.zip.write(xml.getBytes(StandardCharsets.UTF_8));
		this.zip.closeEntry();
	}

	/** Paragraph alignment. */
	enum Align {

		LEFT("left"), CENTER("center"), RIGHT("right"), BOTH("both");

		private final String value;

		Align(String value) {
			this.value = value;
		}

	}

	/** One run of text: its lines become line breaks. */
	record Run(String text, boolean bold, boolean italic, boolean underline, int halfPoints) {

		static Run plain(String text, int points) {
			return new Run(text, false, false, false, points * 2);
		}

		static Run bold(String text, int points) {
			return new Run(text, true, false, false, points * 2);
		}

	}

	void paragraph(Align align, int spaceBefore, Run... runs) throws IOException {
		this.out.write("<w:p><w:pPr>");
		if (spaceBefore > 0) {
			this.out.write("<w:spacing w:before=\"" + spaceBefore + "\"/>");
		}
		this.out.write("<w:jc w:val=\"" + align.value + "\"/></w:pPr>");
		for (Run run : runs) {
			run(run);
		}
		this.out.write("</w:p>");
	}

	private void run(Run run) throws IOException {
		if (run.text() == null || run.text().isEmpty()) {
			return;
		}
		this.out.write("<w:r><w:rPr>");
		if (run.bold()) {
			this.out.write("<w:b/>");
		}
		if (run.italic()) {
			this.out.write("<w:i/>");
		}
		// The schema fixes the order of run properties: Word refuses a file with u before
		// sz.
		this.out.write("<w:sz w:val=\"" + run.halfPoints() + "\"/><w:szCs w:val=\"" + run.halfPoints() + "\"/>");
		if (run.underline()) {
			this.out.write("<w:u w:val=\"single\"/>");
		}
		this.out.write("</w:rPr>");
		String[] lines = run.text().split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				this.out.write("<w:br/>");
			}
			this.out.write("<w:t xml:space=\"preserve\">");
			escape(lines[i]);
			this.out.write("</w:t>");
		}
		this.out.write("</w:r>");
	}

	/**
	 * Starts a table whose columns have these widths (twentieths of a point); with a
	 * header, its cells are bold and repeat on every page.
	 */
	void table(int[] widths, boolean borders, List<String> header, int points) throws IOException {
		this.widths = widths;
		int total = 0;
		for (int width : widths) {
			total += width;
		}
		this.out.write("<w:tbl><w:tblPr><w:tblW w:w=\"" + total + "\" w:type=\"dxa\"/>");
		if (borders) {
			this.out.write("<w:tblBorders>");
			for (String side : new String[] { "top", "left", "bottom", "right", "insideH", "insideV" }) {
				this.out.write("<w:" + side + " w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"/>");
			}
			this.out.write("</w:tblBorders>");
		}
		// In the order of the schema: borders, layout, cell margins.
		this.out.write(
				"<w:tblLayout w:type=\"fixed\"/><w:tblCellMar><w:left w:w=\"70\" w:type=\"dxa\"/><w:right w:w=\"70\" w:type=\"dxa\"/>"
						+ "</w:tblCellMar></w:tblPr><w:tblGrid>");
		for (int width : widths) {
			this.out.write("<w:gridCol w:w=\"" + width + "\"/>");
		}
		this.out.write("</w:tblGrid>");
		if (header != null) {
			this.out.write("<w:tr><w:trPr><w:tblHeader/></w:trPr>");
			for (int c = 0; c < header.size(); c++) {
				cell(c, Align.CENTER, Run.bold(header.get(c), points));
			}
			this.out.write("</w:tr>");
		}
	}

	/** A row of plain cells, the first ones centred as many as asked. */
	void row(List<String> cells, int points, int centred) throws IOException {
		this.out.write("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
		for (int c = 0; c < cells.size(); c++) {
			cell(c, (c < centred) ? Align.CENTER : Align.LEFT, Run.plain(cells.get(c), points));
		}
		this.out.write("</w:tr>");
	}

	/** A row whose cells hold any runs, each cell given as its runs. */
	void row(Align align, Run[]... cells) throws IOException {
		this.out.write("<w:tr>");
		for (int c = 0; c < cells.length; c++) {
			cell(c, align, cells[c]);
		}
		this.out.write("</w:tr>");
	}

	private void cell(int column, Align align, Run... runs) throws IOException {
		this.out.write("<w:tc><w:tcPr><w:tcW w:w=\"" + this.widths[column] + "\" w:type=\"dxa\"/></w:tcPr>");
		paragraph(align, 0, runs);
		this.out.write("</w:tc>");
	}

	void endTable() throws IOException {
		this.out.write("</w:tbl>");
	}

	/** Width of the text area in twentieths of a point. */
	int textWidth() {
		return this.landscape ? 16838 - 2 * 1134 : 11906 - 1701 - 1134;
	}

	private void finish() throws IOException {
		String size = this.landscape ? "<w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/>"
				: "<w:pgSz w:w=\"11906\" w:h=\"16838\"/>";
		String margins = this.landscape
				? "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1134\" w:header=\"567\""
						+ " w:footer=\"567\" w:gutter=\"0\"/>"
				: "<w:pgMar w:top=\"1134\" w:right=\"1134\" w:bottom=\"1134\" w:left=\"1701\" w:header=\"567\""
						+ " w:footer=\"567\" w:gutter=\"0\"/>";
		// Word wants a paragraph between a closing table and the section's properties.
		this.out.write("<w:p/><w:sectPr>" + size + margins + "</w:sectPr></w:body></w:document>");
		this.out.flush();
		this.zip.closeEntry();
		this.zip.finish();
	}

	/** Escapes XML and drops the control characters XML 1.0 cannot hold. */
	private void escape(String text) throws IOException {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> this.out.write("&amp;");
				case '<' -> this.out.write("&lt;");
				case '>' -> this.out.write("&gt;");
				case '\t' -> this.out.write(' ');
				default -> {
					if (c >= 0x20 && c != 0xFFFE && c != 0xFFFF) {
						this.out.write(c);
					}
				}
			}
		}
	}

}
