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

import vn.dondoc.organisation.UnitDirectory;
import vn.dondoc.urging.ReportDutySource;

/**
 * The monthly cycle reminds only the units whose report for the month (and in a quarter's
 * last month, for the quarter: a report of its own) has not been sent (a returned report
 * is not sent), and the heads of the units owing a requested report.
 */
@Component
class UnitReportDutySource implements ReportDutySource {

	private final JdbcClient jdbc;

	private final UnitDirectory units;

	UnitReportDutySource(JdbcClient jdbc, UnitDirectory units) {
		this.jdbc = jdbc;
		this.units = units;
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
		// Both reports' senders in one read; the units from their owner.
		java.util.Set<String> sent = sent(reports.keySet());
		for (UnitDirectory.UnitName unit : this.units.reportingUnits()) {
			for (ReportOwing report : reports.values()) {
				if (!sent.contains(unit.id() + ":" + report.code())) {
					report.units().add(new UnitOwing(unit.id(), unit.name()));
				}
			}
		}
		return List.copyOf(reports.values());
	}

	@Override
	public List<ReportOwing> requestsOwing(LocalDate from, LocalDate to) {
		Map<Long, ReportOwing> requests = new LinkedHashMap<>();
		Map<Long, List<Long>> asked = new java.util.HashMap<>();
		this.jdbc.sql("""
				SELECT p.id, p.kind, p.year, p.title, p.due_on,
				       ARRAY(SELECT x.unit_id FROM report_period_unit x WHERE x.period_id = p.id) AS units
				FROM report_period p WHERE p.due_on BETWEEN :from AND :to ORDER BY p.due_on, p.id
				""").param("from", Date.valueOf(from)).param("to", Date.valueOf(to)).query((rs) -> {
			long id = rs.getLong(1);
			String kind = rs.getString(2);
			String labelArg = kind.equals("AD_HOC") ? rs.getString(4) : String.valueOf(rs.getInt(3));
			requests.put(id, new ReportOwing(ReportPeriod.code(id), "period.label." + kind, labelArg,
					rs.getDate(5).toLocalDate(), new ArrayList<>()));
			asked.put(id, java.util.Arrays.stream((Long[]) rs.getArray(6).getArray()).toList());
		});
		if (requests.isEmpty()) {
			return List.of();
		}
		java.util.Set<String> sent = sent(requests.values().stream().map(ReportOwing::code).toList());
		List<UnitDirectory.UnitName> reporting = this.units.reportingUnits();
		requests.forEach((id, request) -> {
			List<Long> only = asked.get(id);
			for (UnitDirectory.UnitName unit : reporting) {
				if ((only.isEmpty() || only.contains(unit.id())) && !sent.contains(unit.id() + ":" + request.code())) {
					request.units().add(new UnitOwing(unit.id(), unit.name()));
				}
			}
		});
		requests.values().removeIf((request) -> request.units().isEmpty());
		return List.copyOf(requests.values());
	}

	/** The reports sent of the given periods, each as {@code unitId:period}. */
	private java.util.Set<String> sent(java.util.Collection<String> codes) {
		return new java.util.HashSet<>(this.jdbc
			.sql("SELECT unit_id || ':' || period FROM unit_report WHERE period IN (:codes) AND status = :submitted")
			.param("submitted", UnitReportState.SUBMITTED.name())
			.param("codes", codes)
			.query(String.class)
			.list());
	}

}
