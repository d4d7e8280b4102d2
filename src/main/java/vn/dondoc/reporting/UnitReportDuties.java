package vn.dondoc.reporting;

import java.sql.Date;
import java.time.YearMonth;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dondoc.urging.ReportDuties;

/**
 * The monthly cycle reminds only the units whose report for the month has not been sent
 * (a returned report is not sent).
 */
@Component
class UnitReportDuties implements ReportDuties {

	private final JdbcClient jdbc;

	UnitReportDuties(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<UnitOwing> unitsOwing(YearMonth month) {
		return this.jdbc.sql("""
				SELECT u.id, u.name FROM unit u
				WHERE u.active AND u.kind <> 'DEPARTMENT' AND NOT EXISTS (SELECT 1 FROM unit_report r
				  WHERE r.unit_id = u.id AND r.month = :month AND r.status = 'SUBMITTED')
				ORDER BY u.name, u.id
				""")
			.param("month", Date.valueOf(month.atDay(1)))
			.query((rs, row) -> new UnitOwing(rs.getLong(1), rs.getString(2)))
			.list();
	}

}
