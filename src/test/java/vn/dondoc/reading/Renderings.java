package vn.dondoc.reading;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;

/**
 * A corpus document as the reader meets it: text (as the extraction gives it), a PDF laid
 * out as Nghị định 30/2020 asks (header and signature in two columns, A4, Times-like
 * font), and a Word file with the same tables.
 */
final class Renderings {

	private Renderings() {
	}

	static String text(Corpus.Doc doc) {
		StringBuilder text = new StringBuilder();
		columns(doc.left(), doc.right(), text);
		doc.title().forEach((line) -> text.append(line).append('\n'));
		doc.body().forEach((line) -> text.append(line).append('\n'));
		doc.table().forEach((row) -> text.append('|').append(String.join(" | ", row)).append('\n'));
		doc.after().forEach((line) -> text.append(line).append('\n'));
		columns(doc.signLeft(), doc.signRight(), text);
		return text.toString();
	}

	private static void columns(List<String> left, List<String> right, StringBuilder text) {
		for (int i = 0; i < Math.max(left.size(), right.size()); i++) {
			String l = (i < left.size()) ? left.get(i) : "";
			String r = (i < right.size()) ? right.get(i) : "";
			text.append(l).append(r.isEmpty() ? "" : "\t" + r).append('\n');
		}
	}

	private static BaseFont font(String name) throws IOException {
		try (InputStream in = Renderings.class.getClassLoader()
			.getResourceAsStream("com/mpobjects/jasperreports/fonts/liberation/" + name)) {
			return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
		}
	}

	static byte[] pdf(Corpus.Doc doc) throws IOException {
		BaseFont regular = font("LiberationSerif-Regular.ttf");
		BaseFont bold = font("LiberationSerif-Bold.ttf");
		Font text = new Font(regular, 13);
		Font strong = new Font(bold, 13);
		Font small = new Font(regular, 11);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 85, 57, 57, 57);
		PdfWriter.getInstance(document, out);
		document.open();
		document.add(twoColumns(doc.left(), doc.right(), new Font(bold, 12), text, 1f, 1.4f));
		for (int i = 0; i < doc.title().size(); i++) {
			Paragraph p = new Paragraph(doc.title().get(i), (i == 0) ? new Font(bold, 14) : strong);
			p.setAlignment(Element.ALIGN_CENTER);
			document.add(p);
		}
		for (String line : doc.body()) {
			Paragraph p = new Paragraph(line, text);
			p.setAlignment(Element.ALIGN_JUSTIFIED);
			p.setFirstLineIndent(28);
			p.setSpacingBefore(4);
			document.add(p);
		}
		if (!doc.table().isEmpty()) {
			PdfPTable table = new PdfPTable(new float[] { 0.4f, 3f, 1.8f, 1.6f, 1.2f });
			table.setWidthPercentage(100);
			for (List<String> row : doc.table()) {
				for (String cell : row) {
					table.addCell(new PdfPCell(new Paragraph(cell, small)));
				}
			}
			table.setSpacingBefore(6);
			document.add(table);
		}
		for (String line : doc.after()) {
			Paragraph p = new Paragraph(line, text);
			p.setAlignment(Element.ALIGN_JUSTIFIED);
			p.setFirstLineIndent(28);
			document.add(p);
		}
		document.add(twoColumns(doc.signLeft(), doc.signRight(), small, strong, 1f, 1f));
		document.close();
		return out.toByteArray();
	}

	private static PdfPTable twoColumns(List<String> left, List<String> right, Font leftFont, Font rightFont, float a,
			float b) {
		PdfPTable table = new PdfPTable(new float[] { a, b });
		table.setWidthPercentage(100);
		table.setSpacingBefore(8);
		table.addCell(cell(left, leftFont));
		table.addCell(cell(right, rightFont));
		return table;
	}

	private static PdfPCell cell(List<String> lines, Font font) {
		PdfPCell cell = new PdfPCell();
		cell.setBorder(0);
		for (String line : lines) {
			Paragraph p = new Paragraph(line.isEmpty() ? " " : line, font);
			p.setAlignment(Element.ALIGN_CENTER);
			cell.addElement(p);
		}
		return cell;
	}

	/**
	 * The PDF as a scanner gives it back: each page an image at this resolution, turned a
	 * little and speckled, with no text layer.
	 */
	static byte[] scan(byte[] pdf, int dpi, double degrees, long seed) throws IOException {
		java.util.Random random = new java.util.Random(seed);
		try (org.apache.pdfbox.pdmodel.PDDocument source = org.apache.pdfbox.Loader.loadPDF(pdf);
				org.apache.pdfbox.pdmodel.PDDocument scan = new org.apache.pdfbox.pdmodel.PDDocument();
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			org.apache.pdfbox.rendering.PDFRenderer renderer = new org.apache.pdfbox.rendering.PDFRenderer(source);
			for (int i = 0; i < source.getNumberOfPages(); i++) {
				java.awt.image.BufferedImage page = renderer.renderImageWithDPI(i, dpi,
						org.apache.pdfbox.rendering.ImageType.GRAY);
				java.awt.image.BufferedImage turned = new java.awt.image.BufferedImage(page.getWidth(),
						page.getHeight(), java.awt.image.BufferedImage.TYPE_BYTE_GRAY);
				java.awt.Graphics2D g = turned.createGraphics();
				g.setColor(java.awt.Color.WHITE);
				g.fillRect(0, 0, turned.getWidth(), turned.getHeight());
				g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION,
						java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
				g.drawImage(page, 0, 0, null);
				g.dispose();
				for (int n = 0; n < turned.getWidth() * turned.getHeight() / 2000; n++) {
					int x = random.nextInt(turned.getWidth());
					int y = random.nextInt(turned.getHeight());
					turned.getRaster().setSample(x, y, 0, random.nextBoolean() ? 0 : 255);
				}
				org.apache.pdfbox.pdmodel.PDPage target = new org.apache.pdfbox.pdmodel.PDPage(
						source.getPage(i).getMediaBox());
				scan.addPage(target);
				var image = org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(scan, turned, 0.85f);
				try (var content = new org.apache.pdfbox.pdmodel.PDPageContentStream(scan, target)) {
					content.drawImage(image, 0, 0, target.getMediaBox().getWidth(), target.getMediaBox().getHeight());
				}
			}
			scan.save(out);
			return out.toByteArray();
		}
	}

	static byte[] docx(Corpus.Doc doc) throws IOException {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			layout(document, doc.left(), doc.right());
			for (String line : doc.title()) {
				XWPFParagraph p = document.createParagraph();
				p.setAlignment(ParagraphAlignment.CENTER);
				p.createRun().setText(line);
			}
			for (String line : doc.body()) {
				document.createParagraph().createRun().setText(line);
			}
			if (!doc.table().isEmpty()) {
				XWPFTable table = document.createTable(doc.table().size(), doc.table().get(0).size());
				for (int r = 0; r < doc.table().size(); r++) {
					for (int c = 0; c < doc.table().get(r).size(); c++) {
						table.getRow(r).getCell(c).setText(doc.table().get(r).get(c));
					}
				}
			}
			for (String line : doc.after()) {
				document.createParagraph().createRun().setText(line);
			}
			layout(document, doc.signLeft(), doc.signRight());
			document.write(out);
			return out.toByteArray();
		}
	}

	private static void layout(XWPFDocument document, List<String> left, List<String> right) {
		XWPFTable table = document.createTable(1, 2);
		fill(table.getRow(0).getCell(0), left);
		fill(table.getRow(0).getCell(1), right);
	}

	private static void fill(XWPFTableCell cell, List<String> lines) {
		List<String> kept = new ArrayList<>(lines);
		cell.removeParagraph(0);
		for (String line : kept) {
			XWPFParagraph p = cell.addParagraph();
			p.setAlignment(ParagraphAlignment.CENTER);
			p.createRun().setText(line);
		}
	}

}
