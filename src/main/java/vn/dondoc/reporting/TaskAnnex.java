package vn.dondoc.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.common.DayParameter;
import vn.dondoc.common.Vietnamese;
import vn.dondoc.directive.PeriodTaskQueries;
import vn.dondoc.directive.Timeliness;

/**
 * The task annex of a monthly report: every task received in the period, completed in it,
 * or open at its end, by lead unit, as a spreadsheet streamed row by row (SXSSF keeps 200
 * rows in memory), with its state as of today.
 */
@Service
@Transactional(readOnly = true)
public class TaskAnnex {

	private final PeriodTaskQueries tasks;

	private final MessageSource messages;

	private final Clock clock;

	TaskAnnex(PeriodTaskQueries tasks, MessageSource messages, Clock clock) {
		this.tasks = tasks;
		this.messages = messages;
		this.clock = clock;
	}

	/**
	 * @return the number of task rows written
	 */
	public int write(ReportPeriod period, OutputStream out) throws IOException {
		LocalDate today = LocalDate.now(this.clock);
		try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
			Sheet sheet = book.createSheet(this.messages.getMessage("annex.sheet", null, Vietnamese.LOCALE));
			CellStyle wrap = book.createCellStyle();
			wrap.setWrapText(true);
			Row title = sheet.createRow(0);
			title.createCell(0)
				.setCellValue(this.messages.getMessage("annex.title",
						new Object[] {
								this.messages.getMessage(period.labelKey(), new Object[] { period.labelArg() },
										Vietnamese.LOCALE),
								period.from().format(DayParameter.DMY), period.to().format(DayParameter.DMY) },
						Vietnamese.LOCALE));
			String[] head = this.messages.getMessage("annex.columns", null, Vietnamese.LOCALE).split("\\|");
			vn.dondoc.common.Sheets.header(sheet, 1, head);
			CellStyle dates = vn.dondoc.common.Sheets.dateStyle(book);
			int[] widths = { 6, 28, 18, 11, 70, 11, 16, 18, 12, 10 };
			for (int i = 0; i < widths.length; i++) {
				sheet.setColumnWidth(i, widths[i] * 256);
			}
			int[] row = { 2 };
			this.tasks.each(period.from(), period.to(), (task) -> {
				Row r = sheet.createRow(row[0]);
				r.createCell(0).setCellValue(row[0] - 1);
				r.createCell(1).setCellValue(task.unitName());
				r.createCell(2).setCellValue((task.numberSymbol() != null) ? task.numberSymbol() : "");
				vn.dondoc.common.Sheets.date(r, 3, task.receivedDate(), dates);
				r.createCell(4).setCellValue(task.content());
				r.getCell(4).setCellStyle(wrap);
				vn.dondoc.common.Sheets.date(r, 5, task.deadline(), dates);
				r.createCell(6)
					.setCellValue(this.messages.getMessage("taskStatus." + task.status(), null, Vietnamese.LOCALE));
				r.createCell(7)
					.setCellValue(this.messages.getMessage(
							"timeliness." + Timeliness.of(task.status(), task.deadline(), task.completedOn(), today),
							null, Vietnamese.LOCALE));
				vn.dondoc.common.Sheets.date(r, 8, task.completedOn(), dates);
				r.createCell(9).setCellValue(task.urges());
				row[0]++;
			});
			vn.dondoc.common.Sheets.finish(sheet, 2, row[0] - 1, head.length);
			book.write(out);
			book.dispose();
			return row[0] - 2;
		}
	}

}
