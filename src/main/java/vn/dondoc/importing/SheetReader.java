package vn.dondoc.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/**
 * Reads the rows of an XLSX (first sheet) or a CSV into cells: a real Excel date becomes
 * a {@link LocalDate}, everything else text. A CSV must be UTF-8 (with or without BOM);
 * anything else is refused with a message that says so. An XLSX is read as a stream of
 * its sheet's XML (POI's event reader), never as a whole workbook, and reading stops at
 * {@link #MAX_ROWS} rows or a cell past column {@link #MAX_COLUMNS}: a heavy but legal
 * file costs little memory and is refused with a message naming the limit.
 */
final class SheetReader {

	/** Task rows one import reads at most (its heading besides). */
	static final int MAX_ROWS = 10_000;

	/**
	 * What a part of the package (the sheet, its shared texts) may unpack to: ten
	 * thousand rows of the template are a few megabytes.
	 */
	static final long MAX_PART = 40L * 1024 * 1024;

	/** Columns a row may use: the template has twelve. */
	static final int MAX_COLUMNS = 40;

	/** One row as read: its number in the file (1-based) and its cells. */
	record Line(int number, List<Object> cells) {

		boolean blank() {
			return this.cells.stream().allMatch((cell) -> cell == null || cell.toString().isBlank());
		}

	}

	/** The file cannot be read at all, or passes a limit. */
	static final class Unreadable extends Exception {

		private final String messageKey;

		private final transient Object[] arguments;

		Unreadable(String messageKey, Object... arguments) {
			super(messageKey);
			this.messageKey = messageKey;
			this.arguments = arguments;
		}

		String messageKey() {
			return this.messageKey;
		}

		Object[] arguments() {
			return this.arguments;
		}

	}

	private SheetReader() {
	}

	static List<Line> read(String fileName, byte[] content) throws Unreadable {
		String name = (fileName != null) ? fileName.toLowerCase(Locale.ROOT) : "";
		if (name.endsWith(".xlsx")) {
			return xlsx(content);
		}
		if (name.endsWith(".csv")) {
			return csv(content);
		}
		throw new Unreadable("import.file.type");
	}

	/** Marks a date in a cell's formatted value: the ISO day follows. */
	private static final String DAY = "\u0000day:";

	private static List<Line> xlsx(byte[] content) throws Unreadable {
		Path file = null;
		try {
			// From a file, POI reads the package's entries where they lie; from a stream
			// it would first copy every one of them into memory.
			file = Files.createTempFile("dondoc-import-", ".xlsx");
			Files.write(file, content);
			try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
				for (org.apache.poi.openxml4j.opc.PackagePart part : pkg.getParts()) {
					if (part.getSize() > MAX_PART) {
						throw new Unreadable("import.file.tooLarge", MAX_PART / (1024 * 1024));
					}
				}
				XSSFReader reader = new XSSFReader(pkg);
				ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
				StylesTable styles = reader.getStylesTable();
				XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
				if (!sheets.hasNext()) {
					throw new Unreadable("import.file.unreadable");
				}
				Rows rows = new Rows();
				try (InputStream sheet = sheets.next()) {
					XMLReader parser = XMLHelper.newXMLReader();
					parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, rows, new Days(), false));
					parser.parse(new InputSource(sheet));
				}
				return rows.lines;
			}
		}
		catch (Unreadable ex) {
			throw ex;
		}
		catch (IOException | RuntimeException | org.xml.sax.SAXException | OpenXML4JException
				| javax.xml.parsers.ParserConfigurationException ex) {
			// A limit passed stops the parser from inside, perhaps wrapped by it.
			Throwable cause = ex;
			while (cause != null && !(cause instanceof Limit)) {
				cause = cause.getCause();
			}
			if (cause instanceof Limit limit) {
				throw limit.unreadable;
			}
			throw new Unreadable("import.file.unreadable");
		}
		finally {
			if (file != null) {
				try {
					Files.deleteIfExists(file);
				}
				catch (IOException ex) {
					// The temporary directory is cleaned by the system.
				}
			}
		}
	}

	/** Collects the sheet's rows as they stream by, up to the limits. */
	private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

		private final List<Line> lines = new ArrayList<>();

		private List<Object> cells;

		@Override
		public void startRow(int rowNum) {
			if (this.lines.size() > MAX_ROWS) {
				throw new Limit(new Unreadable("import.file.tooManyRows", MAX_ROWS));
			}
			this.cells = new ArrayList<>();
		}

		@Override
		public void endRow(int rowNum) {
			this.lines.add(new Line(rowNum + 1, this.cells));
		}

		@Override
		public void cell(String cellReference, String formattedValue, XSSFComment comment) {
			CellReference reference = new CellReference(cellReference);
			int column = reference.getCol();
			if (column >= MAX_COLUMNS) {
				throw new Limit(new Unreadable("import.file.tooManyColumns", MAX_COLUMNS, cellReference));
			}
			while (this.cells.size() < column) {
				this.cells.add(null);
			}
			this.cells.add((formattedValue != null && formattedValue.startsWith(DAY))
					? LocalDate.parse(formattedValue.substring(DAY.length())) : formattedValue);
		}

	}

	/** Reading stopped at a limit. */
	private static final class Limit extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final transient Unreadable unreadable;

		Limit(Unreadable unreadable) {
			super(unreadable.messageKey(), null, false, false);
			this.unreadable = unreadable;
		}

	}

	/** Formats cells as Excel shows them, but a real date as a day. */
	private static final class Days extends DataFormatter {

		Days() {
			super(Locale.ROOT);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString) {
			return formatRawCellContents(value, formatIndex, formatString, false);
		}

		@Override
		public String formatRawCellContents(double value, int formatIndex, String formatString,
				boolean use1904Windowing) {
			if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
				return DAY + DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate();
			}
			return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
		}

	}

	private static List<Line> csv(byte[] content) throws Unreadable {
		int start = (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF) ? 3 : 0;
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content, start, content.length - start))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new Unreadable("import.file.encoding");
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = (count(firstLine, ';') > count(firstLine, ',')) ? ';' : ',';
		try {
			List<Line> lines = new ArrayList<>();
			int number = 0;
			for (CSVRecord record : CSVFormat.DEFAULT.builder()
				.setDelimiter(delimiter)
				.get()
				.parse(new StringReader(text))) {
				number++;
				if (number > MAX_ROWS + 1) {
					throw new Unreadable("import.file.tooManyRows", MAX_ROWS);
				}
				if (record.size() > MAX_COLUMNS) {
					throw new Unreadable("import.file.tooManyColumns", MAX_COLUMNS,
							CellReference.convertNumToColString(MAX_COLUMNS) + number);
				}
				List<Object> cells = new ArrayList<>();
				record.forEach(cells::add);
				lines.add(new Line(number, cells));
			}
			return lines;
		}
		catch (IOException | RuntimeException ex) {
			throw new Unreadable("import.file.unreadable");
		}
	}

	private static long count(String text, char c) {
		return text.chars().filter((ch) -> ch == c).count();
	}

}
