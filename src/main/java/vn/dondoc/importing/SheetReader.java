package vn.dondoc.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the rows of an XLSX (first sheet) or a CSV into cells: a real Excel date becomes
 * a {@link LocalDate}, everything else text. A CSV must be UTF-8 (with or without BOM);
 * anything else is refused with a message that says so.
 */
final class SheetReader {

	/** One row as read: its number in the file (1-based) and its cells. */
	record Line(int number, List<Object> cells) {

		boolean blank() {
			return this.cells.stream().allMatch((cell) -> cell == null || cell.toString().isBlank());
		}

	}

	/** The file cannot be read at all. */
	static final class Unreadable extends Exception {

		private final String messageKey;

		Unreadable(String messageKey) {
			super(messageKey);
			this.messageKey = messageKey;
		}

		String messageKey() {
			return this.messageKey;
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

	private static List<Line> xlsx(byte[] content) throws Unreadable {
		try (Workbook book = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = book.getSheetAt(0);
			DataFormatter formatter = new DataFormatter(Locale.ROOT);
			List<Line> lines = new ArrayList<>();
			for (Row row : sheet) {
				List<Object> cells = new ArrayList<>();
				for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
					Cell cell = row.getCell(c);
					if (cell == null) {
						cells.add(null);
					}
					else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
						cells.add(cell.getLocalDateTimeCellValue().toLocalDate());
					}
					else {
						cells.add(formatter.formatCellValue(cell));
					}
				}
				lines.add(new Line(row.getRowNum() + 1, cells));
			}
			return lines;
		}
		catch (IOException | RuntimeException ex) {
			throw new Unreadable("import.file.unreadable");
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
