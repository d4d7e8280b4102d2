package vn.dondoc.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.directive.OverdueTaskQueries;
import vn.dondoc.directive.OverdueTaskQueries.Line;
import vn.dondoc.common.Vietnamese;

/**
 * The list the office works from to propose measures to the Director (Điều 8.2): tasks
 * open past their deadline, and those at risk (due within the week with no progress
 * reported for two weeks), with the latest reason and proposal and how often each was
 * urged. The spreadsheet streams every row (SXSSF), so its memory does not grow with
 * them.
 */
@Service
@Transactional(readOnly = true)
public class OverdueList {

	private final OverdueTaskQueries tasks;

	private final org.springframework.context.MessageSource messages;

	OverdueList(OverdueTaskQueries tasks, org.springframework.context.MessageSource messages) {
		this.tasks = tasks;
		this.messages = messages;
	}

	public List<Line> first(int limit) {
		return this.tasks.first(limit);
	}

	public long count() {
		return this.tasks.count();
	}

	/** Every line, streamed into a spreadsheet. */
	public void xlsx(OutputStream out) throws IOException {
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			Sheet sheet = book.createSheet(this.messages.getMessage("overdue.sheet", null, Vietnamese.LOCALE));
			CellStyle wrap = book.createCellStyle();
			wrap.setWrapText(true);
			String[] head = this.messages.getMessage("overdue.columns", null, Vietnamese.LOCALE).split("\\|");
			vn.dondoc.common.Sheets.header(sheet, 0, head);
			CellStyle dates = vn.dondoc.common.Sheets.dateStyle(book);
			int[] widths = { 6, 30, 60, 12, 10, 40, 40, 10, 14, 40 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			int[] row = { 1 };
			this.tasks.each((line) -> {
				Row r = sheet.createRow(row[0]);
				r.createCell(0).setCellValue(row[0]);
				r.createCell(1).setCellValue(line.unit());
				r.createCell(2).setCellValue(line.content());
				r.getCell(2).setCellStyle(wrap);
				vn.dondoc.common.Sheets.date(r, 3, line.deadline(), dates);
				r.createCell(4).setCellValue(Math.max(0, line.daysOverdue()));
				r.createCell(5).setCellValue((line.reason() != null) ? line.reason() : "");
				r.createCell(6).setCellValue((line.proposal() != null) ? line.proposal() : "");
				r.createCell(7).setCellValue(line.urges());
				r.createCell(8).setCellValue((line.lastUpdate() != null) ? line.lastUpdate() : "");
				row[0]++;
			});
			vn.dondoc.common.Sheets.finish(sheet, 1, row[0] - 1, head.length);
			book.write(out);
			book.dispose();
		}
	}

}
