package vn.dondoc.reporting;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.dondoc.urging.ReportDuties;

/**
 * The monthly cycle reminds only the units whose report for the month (and in a quarter's
 * last month, for the quarter: a report of its own) has not been sent (a returned report
 * is not sent), and the heads of the units owing a requested report.
 */
@Component
class UnitReportDuties implements ReportDuties {

	private final JdbcClient jdbc;

	UnitReportDuties(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<ReportOwing> reportsOwing(YearMonth month) {
		ReportPeriod monthly = ReportPeriod.month(month);
		List<ReportPeriod> due = monthly.quarterly() ? List.of(monthly, ReportPeriod.quarterOf(month))
				: List.of(monthly);
		Map<String, ReportOwing> reports = new LinkedHashMap<>();
		for (ReportPeriod period : due) {
			reports.put(period.code(), new ReportOwing(period.code(), period.labelKey(), period.labelArg(),
					period.due(), new ArrayList<>()));
		}
		// Both reports' missing units in one read.
		this.jdbc.sql("""
				SELECT p.code, u.id, u.name FROM unit u CROSS JOIN unnest(CAST(:codes AS text[])) AS p(code)
				WHERE u.active AND u.kind <> 'DEPARTMENT' AND NOT EXISTS (SELECT 1 FROM unit_report r
				  WHERE r.unit_id = u.id AND r.period = p.code AND r.status = 'SUBMITTED')
				ORDER BY u.name, u.id
				""").param("codes", reports.keySet().toArray(String[]::new)).query((rs) -> {
			reports.get(rs.getString(1)).units().add(new UnitOwing(rs.getLong(2), rs.getString(3)));
		});
		return List.copyOf(reports.values());
	}

	@Override
	public List<ReportOwing> requestsOwing(LocalDate from, LocalDate to) {
		Map<Long, ReportOwing> requests = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT p.id, p.kind, p.year, p.title, p.due_on, u.id, u.name
				FROM report_period p JOIN unit u ON u.active AND u.kind <> 'DEPARTMENT'
				  AND (NOT EXISTS (SELECT 1 FROM report_period_unit x WHERE x.period_id = p.id)
				       OR EXISTS (SELECT 1 FROM report_period_unit x WHERE x.period_id = p.id AND x.unit_id = u.id))
				WHERE p.due_on BETWEEN :from AND :to AND NOT EXISTS (SELECT 1 FROM unit_report r
				  WHERE r.unit_id = u.id AND r.period = 'P' || p.id AND r.status = 'SUBMITTED')
				ORDER BY p.due_on, p.id, u.name, u.id
				""").param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).query((rs) -> {
			long id = rs.getLong(1);
			String kind = rs.getString(2);
			String labelArg = kind.equals("AD_HOC") ? rs.getString(4) : String.valueOf(rs.getInt(3));
			LocalDate due = rs.getDate(5).toLocalDate();
			requests
				.computeIfAbsent(id,
						(key) -> new ReportOwing(ReportPeriod.code(id), "period.label." + kind, labelArg, due,
								new ArrayList<>()))
				.units()
				.add(new UnitOwing(rs.getLong(6), rs.getString(7)));
		});
		return List.copyOf(requests.values());
	}

}
