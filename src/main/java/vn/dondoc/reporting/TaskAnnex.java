package vn.dondoc.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.common.DayParameter;
import vn.dondoc.common.Vietnamese;
import vn.dondoc.directive.TaskQueries;
import vn.dondoc.directive.TaskStatus;
import vn.dondoc.directive.Timeliness;

/**
 * The task annex of a monthly report: every task received in the period, completed in it,
 * or open at its end, by lead unit, as a spreadsheet streamed row by row (SXSSF keeps 200
 * rows in memory), with its state as of today.
 */
@Service
@Transactional(readOnly = true)
public class TaskAnnex {

	private final JdbcClient streaming;

	private final MessageSource messages;

	private final Clock clock;

	TaskAnnex(DataSource dataSource, MessageSource messages, Clock clock) {
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(1000);
		this.streaming = JdbcClient.create(template);
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
			this.streaming.sql("""
					SELECT u.name, d.number_symbol, d.received_date, t.content, t.deadline, t.status, t.completed_on,
					       t.urge_count
					FROM task t JOIN unit u ON u.id = t.lead_unit_id JOIN directive d ON d.id = t.directive_id
					WHERE t.status <> 'RETURNED'
					  AND (d.received_date BETWEEN :from AND :to OR t.completed_on BETWEEN :from AND :to
					       OR (%s AND d.received_date <= :to))
					ORDER BY u.name, t.deadline NULLS LAST, t.id
					""".formatted(TaskQueries.OPEN))
				.param("from", Date.valueOf(period.from()))
				.param("to", Date.valueOf(period.to()))
				.query((rs) -> {
					Row r = sheet.createRow(row[0]);
					r.createCell(0).setCellValue(row[0] - 1);
					r.createCell(1).setCellValue(rs.getString(1));
					r.createCell(2).setCellValue((rs.getString(2) != null) ? rs.getString(2) : "");
					vn.dondoc.common.Sheets.date(r, 3, rs.getDate(3).toLocalDate(), dates);
					r.createCell(4).setCellValue(rs.getString(4));
					r.getCell(4).setCellStyle(wrap);
					LocalDate deadline = (rs.getDate(5) != null) ? rs.getDate(5).toLocalDate() : null;
					LocalDate completed = (rs.getDate(7) != null) ? rs.getDate(7).toLocalDate() : null;
					TaskStatus status = TaskStatus.valueOf(rs.getString(6));
					vn.dondoc.common.Sheets.date(r, 5, deadline, dates);
					r.createCell(6)
						.setCellValue(this.messages.getMessage("taskStatus." + status, null, Vietnamese.LOCALE));
					r.createCell(7)
						.setCellValue(this.messages.getMessage(
								"timeliness." + Timeliness.of(status, deadline, completed, today), null,
								Vietnamese.LOCALE));
					vn.dondoc.common.Sheets.date(r, 8, completed, dates);
					r.createCell(9).setCellValue(rs.getInt(8));
					row[0]++;
				});
			vn.dondoc.common.Sheets.finish(sheet, 2, row[0] - 1, head.length);
			book.write(out);
			book.dispose();
			return row[0] - 2;
		}
	}

}
