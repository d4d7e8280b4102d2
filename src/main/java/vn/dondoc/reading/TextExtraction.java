package vn.dondoc.reading;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The text of a document, a line per line, columns printed side by side separated by a
 * tab and a table's rows as "|cell | cell": from a PDF's text layer (PDFBox), a Word file
 * (POI), or a scan read by Tesseract with its Vietnamese model — an image, or a PDF
 * without text, page by page.
 */
public final class TextExtraction {

	/** Fewer letters than this a page: the PDF is a scan. */
	private static final int SCANNED_BELOW = 40;

	private final String tesseract;

	private final int dpi;

	/**
	 * @param tesseract the Tesseract program
	 * @param dpi the resolution scans are rendered at for OCR
	 */
	public TextExtraction(String tesseract, int dpi) {
		this.tesseract = tesseract;
		this.dpi = dpi;
	}

	/** What the text was read from and how. */
	public record Text(String text, boolean ocr, int pages) {

	}

	public Text pdf(byte[] content) throws IOException {
		try (PDDocument document = Loader.loadPDF(content)) {
			int pages = document.getNumberOfPages();
			String text = joinSplitLetters(new ColumnStripper().getText(document));
			long letters = text.chars().filter(Character::isLetter).count();
			if (letters >= (long) SCANNED_BELOW * Math.max(1, pages)) {
				return new Text(text, false, pages);
			}
			// A page per core at a time: Tesseract runs single-threaded (its OpenMP
			// threads cost more than they give on a few cores), pages side by side.
			PDFRenderer renderer = new PDFRenderer(document);
			StringBuilder ocr = new StringBuilder();
			int parallel = Math.max(1, Runtime.getRuntime().availableProcessors());
			java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(parallel);
			try {
				for (int first = 0; first < pages; first += parallel) {
					List<java.util.concurrent.Future<String>> batch = new ArrayList<>();
					for (int page = first; page < Math.min(pages, first + parallel); page++) {
						BufferedImage image = renderer.renderImageWithDPI(page, this.dpi, ImageType.GRAY);
						ByteArrayOutputStream png = new ByteArrayOutputStream();
						ImageIO.write(image, "png", png);
						byte[] bytes = png.toByteArray();
						batch.add(pool.submit(() -> ocr(bytes)));
					}
					for (java.util.concurrent.Future<String> page : batch) {
						ocr.append(page.get()).append('\n');
					}
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException(ex);
			}
			catch (java.util.concurrent.ExecutionException ex) {
				if (ex.getCause() instanceof OcrUnavailable unavailable) {
					throw unavailable;
				}
				throw new IOException(ex.getCause());
			}
			finally {
				pool.shutdownNow();
			}
			return new Text(ocr.toString(), true, pages);
		}
	}

	/**
	 * A line whose first letter a PDF placed apart ("t rong tháng 3", as some justified
	 * layouts do): a lone consonant is no Vietnamese word, so it is joined again. A lone
	 * vowel ("ở", "à") is a word and stays.
	 */
	static String joinSplitLetters(String text) {
		return text.replaceAll("(?m)^(\\s*)([bcdđghklmnpqrstvx]) (?=\\p{Ll})", "$1$2")
			.replaceAll("(?m)^(\\s*)(\\d) (?=\\d)", "$1$2");
	}

	public Text image(byte[] content) throws IOException {
		return new Text(ocr(content), true, 1);
	}

	public Text docx(byte[] content) throws IOException {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(content))) {
			StringBuilder text = new StringBuilder();
			for (IBodyElement element : document.getBodyElements()) {
				if (element instanceof XWPFParagraph paragraph) {
					text.append(paragraph.getText()).append('\n');
				}
				else if (element instanceof XWPFTable table) {
					table(table, text);
				}
			}
			return new Text(text.toString(), false, 1);
		}
	}

	/**
	 * A table of two columns is a layout (the header, the signature): its cells' lines
	 * side by side; a wider one is a table of the document, a row per line.
	 */
	private static void table(XWPFTable table, StringBuilder text) {
		for (XWPFTableRow row : table.getRows()) {
			List<XWPFTableCell> cells = row.getTableCells();
			if (cells.size() <= 2) {
				List<List<String>> columns = new ArrayList<>();
				int height = 0;
				for (XWPFTableCell cell : cells) {
					List<String> lines = new ArrayList<>();
					for (XWPFParagraph paragraph : cell.getParagraphs()) {
						for (String line : paragraph.getText().split("\\R")) {
							if (!line.isBlank()) {
								lines.add(line.strip());
							}
						}
					}
					columns.add(lines);
					height = Math.max(height, lines.size());
				}
				for (int i = 0; i < height; i++) {
					List<String> line = new ArrayList<>();
					for (List<String> column : columns) {
						line.add((i < column.size()) ? column.get(i) : "");
					}
					text.append(String.join("\t", line)).append('\n');
				}
			}
			else {
				List<String> line = new ArrayList<>();
				for (XWPFTableCell cell : cells) {
					line.add(cell.getText().replaceAll("\\s+", " ").replace('|', '/').strip());
				}
				text.append('|').append(String.join(" | ", line)).append('\n');
			}
		}
	}

	/** Tesseract with its Vietnamese model, as a process: PNG or JPEG in, text out. */
	String ocr(byte[] image) throws IOException {
		Path input = Files.createTempFile("dondoc-ocr-", ".img");
		try {
			Files.write(input, image);
			ProcessBuilder builder = new ProcessBuilder(this.tesseract, input.toString(), "stdout", "-l", "vie",
					"--psm", "4");
			builder.redirectError(ProcessBuilder.Redirect.DISCARD);
			builder.environment().put("OMP_THREAD_LIMIT", "1");
			Process process;
			try {
				process = builder.start();
			}
			catch (IOException ex) {
				throw new OcrUnavailable(ex);
			}
			byte[] out;
			try (InputStream in = process.getInputStream()) {
				out = in.readAllBytes();
			}
			try {
				if (!process.waitFor(120, TimeUnit.SECONDS)) {
					process.destroyForcibly();
					throw new IOException("Tesseract took more than two minutes");
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				process.destroyForcibly();
				throw new IOException(ex);
			}
			if (process.exitValue() != 0) {
				throw new OcrUnavailable(new IOException("Tesseract ended with " + process.exitValue()));
			}
			return new String(out, StandardCharsets.UTF_8);
		}
		finally {
			Files.deleteIfExists(input);
		}
	}

	/** Tesseract (or its Vietnamese model) is not installed. */
	public static final class OcrUnavailable extends UncheckedIOException {

		private static final long serialVersionUID = 1L;

		OcrUnavailable(IOException cause) {
			super(cause.getMessage(), cause);
		}

	}

	/**
	 * PDFBox's text, sorted by position, with a tab where a line jumps across a wide gap
	 * (two columns printed side by side).
	 */
	private static final class ColumnStripper extends PDFTextStripper {

		private float lineEnd = -1;

		/** The ruled table of the page being read, and its cells' text. */
		private Rulings.Grid grid;

		private java.util.Map<Integer, java.util.Map<Integer, List<TextPosition>>> cells;

		ColumnStripper() throws IOException {
			setSortByPosition(true);
		}

		@Override
		public void processPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
			this.grid = Rulings.of(page).orElse(null);
			this.cells = new java.util.TreeMap<>();
			super.processPage(page);
		}

		@Override
		protected void processTextPosition(TextPosition text) {
			if (this.grid != null) {
				float x = text.getXDirAdj() + text.getWidthDirAdj() / 2;
				float y = text.getYDirAdj() - text.getHeightDir() / 2;
				if (this.grid.contains(x, y)) {
					this.cells.computeIfAbsent(this.grid.row(y), (r) -> new java.util.TreeMap<>())
						.computeIfAbsent(this.grid.column(x), (c) -> new ArrayList<>())
						.add(text);
					return;
				}
			}
			super.processTextPosition(text);
		}

		/** The ruled table's rows after the page's text, a row per line behind "|". */
		@Override
		protected void endPage(org.apache.pdfbox.pdmodel.PDPage page) throws IOException {
			if (this.grid != null) {
				int columns = this.grid.columns().size() - 1;
				for (java.util.Map<Integer, List<TextPosition>> row : this.cells.values()) {
					List<String> texts = new ArrayList<>();
					for (int c = 0; c < columns; c++) {
						texts.add(cellText(row.getOrDefault(c, List.of())).replace('|', '/'));
					}
					super.writeString("|" + String.join(" | ", texts));
					super.writeLineSeparator();
				}
			}
			super.endPage(page);
		}

		/** A cell's characters in reading order, a space where words part. */
		private static String cellText(List<TextPosition> characters) {
			List<TextPosition> sorted = new ArrayList<>(characters);
			sorted.sort((a, b) -> {
				if (Math.abs(a.getYDirAdj() - b.getYDirAdj()) > a.getHeightDir() / 2) {
					return Float.compare(a.getYDirAdj(), b.getYDirAdj());
				}
				return Float.compare(a.getXDirAdj(), b.getXDirAdj());
			});
			StringBuilder text = new StringBuilder();
			TextPosition previous = null;
			for (TextPosition t : sorted) {
				if (previous != null) {
					boolean newLine = Math.abs(t.getYDirAdj() - previous.getYDirAdj()) > previous.getHeightDir() / 2;
					float gap = t.getXDirAdj() - (previous.getXDirAdj() + previous.getWidthDirAdj());
					if (newLine || gap > Math.max(previous.getWidthOfSpace(), 1f) * 0.5f) {
						text.append(' ');
					}
				}
				text.append(t.getUnicode());
				previous = t;
			}
			return java.text.Normalizer.normalize(text.toString(), java.text.Normalizer.Form.NFC)
				.replaceAll("\\s+", " ")
				.strip();
		}

		@Override
		protected void writeString(String text, List<TextPosition> positions) throws IOException {
			if (!positions.isEmpty()) {
				TextPosition first = positions.get(0);
				float gap = first.getXDirAdj() - this.lineEnd;
				if (this.lineEnd >= 0 && gap > 4 * Math.max(first.getWidthOfSpace(), 2f)) {
					super.writeString("\t");
				}
				TextPosition last = positions.get(positions.size() - 1);
				this.lineEnd = last.getXDirAdj() + last.getWidthDirAdj();
			}
			super.writeString(text, positions);
		}

		@Override
		protected void writeLineSeparator() throws IOException {
			this.lineEnd = -1;
			super.writeLineSeparator();
		}

	}

}
