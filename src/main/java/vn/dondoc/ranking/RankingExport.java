package vn.dondoc.ranking;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The month's and the year's ranking as spreadsheets, with the same columns as the pages.
 */
@Component
class RankingExport {

	private final MessageSource messages;

	RankingExport(MessageSource messages) {
		this.messages = messages;
	}

	void month(Ranking.Month month, List<UnitMonth> rows, Locale locale, OutputStream out) throws IOException {
		String[] headers = { "ranking.rank", "ranking.unit", "ranking.due", "ranking.onTime", "ranking.onTimeRate",
				"ranking.openAtEnd", "ranking.overdue", "ranking.active", "ranking.updated", "ranking.notices",
				"ranking.urges", "ranking.report", "ranking.score", "ranking.grade" };
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = start(book,
					text("ranking.monthTitle", locale, month.month().getMonthValue() + "/" + month.month().getYear()),
					headers, locale);
			int r = 2;
			for (UnitMonth row : rows) {
				Row line = sheet.createRow(r);
				int c = 0;
				line.createCell(c++).setCellValue(r - 1);
				line.createCell(c++).setCellValue(row.unitName());
				line.createCell(c++).setCellValue(row.due());
				line.createCell(c++).setCellValue(row.onTime());
				number(line.createCell(c++), row.onTimeScore());
				line.createCell(c++).setCellValue(row.openAtEnd());
				line.createCell(c++).setCellValue(row.overdue());
				line.createCell(c++).setCellValue(row.active());
				line.createCell(c++).setCellValue(row.updated());
				line.createCell(c++).setCellValue(row.notices());
				line.createCell(c++).setCellValue(row.urges());
				// Every part of the score, so that it can be checked from the sheet
				// alone.
				line.createCell(c++)
					.setCellValue((row.report() != null) ? text("ranking.report." + row.report(), locale) : "–");
				number(line.createCell(c++), row.score());
				line.createCell(c).setCellValue((row.grade() != null) ? text("grade." + row.grade(), locale) : "");
				r++;
			}
			finish(sheet, headers.length);
			book.write(out);
		}
	}

	void year(int year, List<Ranking.UnitYear> rows, Locale locale, OutputStream out) throws IOException {
		String[] headers = { "ranking.rank", "ranking.unit", "ranking.months", "ranking.due", "ranking.onTime",
				"ranking.onTimeRate", "ranking.overdue", "ranking.notices", "ranking.urges", "ranking.averageScore",
				"ranking.grade" };
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = start(book, text("ranking.yearTitle", locale, String.valueOf(year)), headers, locale);
			int r = 2;
			for (Ranking.UnitYear row : rows) {
				Row line = sheet.createRow(r);
				int c = 0;
				line.createCell(c++).setCellValue(r - 1);
				line.createCell(c++).setCellValue(row.unitName());
				line.createCell(c++).setCellValue(row.months());
				line.createCell(c++).setCellValue(row.due());
				line.createCell(c++).setCellValue(row.onTime());
				number(line.createCell(c++), row.onTimeRate());
				line.createCell(c++).setCellValue(row.overdue());
				line.createCell(c++).setCellValue(row.notices());
				line.createCell(c++).setCellValue(row.urges());
				number(line.createCell(c++), row.averageScore());
				line.createCell(c).setCellValue((row.grade() != null) ? text("grade." + row.grade(), locale) : "");
				r++;
			}
			finish(sheet, headers.length);
			book.write(out);
		}
	}

	private Sheet start(XSSFWorkbook book, String title, String[] headers, Locale locale) {
		Sheet sheet = book.createSheet(text("ranking.sheet", locale));
		CellStyle bold = book.createCellStyle();
		Font font = book.createFont();
		font.setBold(true);
		bold.setFont(font);
		Cell titleCell = sheet.createRow(0).createCell(0);
		titleCell.setCellValue(title);
		titleCell.setCellStyle(bold);
		Row head = sheet.createRow(1);
		for (int i = 0; i < headers.length; i++) {
			Cell cell = head.createCell(i);
			cell.setCellValue(text(headers[i], locale));
			cell.setCellStyle(bold);
		}
		return sheet;
	}

	private static void finish(Sheet sheet, int columns) {
		vn.dondoc.common.Sheets.finish(sheet, 2, sheet.getLastRowNum(), columns);
		sheet.setColumnWidth(1, 40 * 256);
		for (int i = 2; i < columns; i++) {
			sheet.setColumnWidth(i, 14 * 256);
		}
	}

	private static void number(Cell cell, Double value) {
		if (value != null) {
			cell.setCellValue(Math.round(value * 10) / 10.0);
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
