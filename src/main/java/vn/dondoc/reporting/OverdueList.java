package vn.dondoc.reporting;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.directive.TaskQueries;
import vn.dondoc.directive.Timeliness;
import vn.dondoc.common.DayParameter;
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

	/** One task of the list. */
	public record Line(long taskId, String unit, String content, LocalDate deadline, long daysOverdue, String reason,
			String proposal, int urges, String lastUpdate) {

		public boolean atRisk() {
			return this.daysOverdue < 0;
		}

	}

	private static final String SQL = """
			SELECT t.id, u.name, left(t.content, 500), t.deadline, CAST(:today AS date) - t.deadline,
			       w.delay_reason, w.proposal, t.urge_count, to_char(l.created_at AT TIME ZONE :zone, 'DD/MM/YYYY')
			FROM task t JOIN unit u ON u.id = t.lead_unit_id
			LEFT JOIN LATERAL (SELECT x.delay_reason, x.proposal FROM task_update x
			  WHERE x.task_id = t.id AND (x.delay_reason IS NOT NULL OR x.proposal IS NOT NULL)
			  ORDER BY x.created_at DESC LIMIT 1) w ON TRUE
			LEFT JOIN LATERAL (SELECT x.created_at FROM task_update x WHERE x.task_id = t.id
			  ORDER BY x.created_at DESC LIMIT 1) l ON TRUE
			WHERE %s OR (%s AND t.forwarded_at IS NOT NULL AND t.deadline <= CAST(:today AS date) + 7
			       AND coalesce(l.created_at, t.forwarded_at) < CAST(:today AS date) - 14)
			ORDER BY t.deadline, t.id
			""".formatted(TaskQueries.timeliness(Timeliness.OVERDUE), TaskQueries.timeliness(Timeliness.WITHIN));

	private final JdbcClient jdbc;

	private final JdbcClient streaming;

	private final Clock clock;

	private final org.springframework.context.MessageSource messages;

	OverdueList(JdbcClient jdbc, DataSource dataSource, Clock clock,
			org.springframework.context.MessageSource messages) {
		this.jdbc = jdbc;
		this.messages = messages;
		JdbcTemplate template = new JdbcTemplate(dataSource);
		template.setFetchSize(1000);
		this.streaming = JdbcClient.create(template);
		this.clock = clock;
	}

	public List<Line> first(int limit) {
		return this.jdbc.sql(SQL + " LIMIT :limit")
			.param("today", Date.valueOf(today()))
			.param("zone", this.clock.getZone().getId())
			.param("limit", limit)
			.query((rs, row) -> line(rs))
			.list();
	}

	public long count() {
		return this.jdbc.sql("SELECT count(*) FROM (" + SQL + ") x")
			.param("today", Date.valueOf(today()))
			.param("zone", this.clock.getZone().getId())
			.query(Long.class)
			.single();
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
			each((line) -> {
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

	private void each(Consumer<Line> consumer) {
		this.streaming.sql(SQL)
			.param("today", Date.valueOf(today()))
			.param("zone", this.clock.getZone().getId())
			.query((rs) -> {
				consumer.accept(line(rs));
			});
	}

	private static Line line(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new Line(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getDate(4).toLocalDate(), rs.getLong(5),
				rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
