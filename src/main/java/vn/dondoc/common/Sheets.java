package vn.dondoc.common;

import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * What every spreadsheet an office files needs: dates that are dates (sortable, shown
 * dd/mm/yyyy), a bold header row that stays in view and has filters.
 */
public final class Sheets {

	private Sheets() {
	}

	/** The style of a date cell: shown dd/mm/yyyy, stored as a date. */
	public static CellStyle dateStyle(Workbook book) {
		CellStyle style = book.createCellStyle();
		style.setDataFormat(book.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
		return style;
	}

	/** A date cell; left empty without a date. */
	public static void date(Row row, int column, LocalDate date, CellStyle dateStyle) {
		Cell cell = row.createCell(column);
		if (date != null) {
			cell.setCellValue(date);
			cell.setCellStyle(dateStyle);
		}
	}

	/** The header row, bold. */
	public static void header(Sheet sheet, int rowIndex, String[] names) {
		CellStyle bold = sheet.getWorkbook().createCellStyle();
		Font font = sheet.getWorkbook().createFont();
		font.setBold(true);
		bold.setFont(font);
		bold.setWrapText(true);
		Row header = sheet.createRow(rowIndex);
		for (int i = 0; i < names.length; i++) {
			Cell cell = header.createCell(i);
			cell.setCellValue(names[i]);
			cell.setCellStyle(bold);
		}
	}

	/**
	 * Keeps the rows above {@code firstDataRow} in view and puts filters on the header
	 * row just above it, over the data written.
	 */
	public static void finish(Sheet sheet, int firstDataRow, int lastDataRow, int columns) {
		sheet.createFreezePane(0, firstDataRow);
		sheet.setAutoFilter(
				new CellRangeAddress(firstDataRow - 1, Math.max(firstDataRow - 1, lastDataRow), 0, columns - 1));
	}

}
