package vn.dondoc.reporting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.account.CurrentUser;
import vn.dondoc.account.Role;

/**
 * The reports waiting for the signed-in person, for "Việc đang chờ xử lý": a returned
 * report for its unit head; unit reports sent and not yet in the Department's draft, and
 * a Department report returned or approved, for the office; one submitted, for
 * leadership. The same hand-offs that notify them (see {@code HandOff}), read from the
 * reports' state, so an item goes away once it is dealt with.
 */
@Component("reportWork")
public class ReportWork {

	/** One line of work: what it is, and where it is done. */
	public record Item(String text, String link) {
	}

	private final JdbcClient jdbc;

	private final ReportPeriodManagement periods;

	private final MessageSource messages;

	private final java.time.Clock clock;

	ReportWork(JdbcClient jdbc, ReportPeriodManagement periods, MessageSource messages, java.time.Clock clock) {
		this.clock = clock;
		this.jdbc = jdbc;
		this.periods = periods;
		this.messages = messages;
	}

	@Transactional(readOnly = true)
	public List<Item> waitingFor(Object principal) {
		if (!(principal instanceof CurrentUser me)) {
			return List.of();
		}
		// Each row: the message, the period's code, a count or unit, and the link.
		List<String[]> rows = new ArrayList<>();
		if (me.getRoles().contains(Role.UNIT_HEAD)) {
			this.jdbc.sql("""
					SELECT period FROM unit_report WHERE unit_id = :unit AND status = :returned ORDER BY period DESC
					LIMIT 10
					""")
				.param("returned", UnitReportState.RETURNED.name())
				.param("unit", me.getUnitId())
				.query(String.class)
				.list()
				.forEach((code) -> rows.add(new String[] { "work.unitReturned", code, "",
						"/reports/units/" + me.getUnitId() + "/" + code }));
		}
		if (me.getRoles().contains(Role.OFFICE) || me.getRoles().contains(Role.PLANNING)) {
			// Sent since the Department's draft took its figures, or with no draft yet,
			// for reports not yet past drafting; of the last four months only.
			this.jdbc.sql("""
					SELECT r.period, count(*) FROM unit_report r
					LEFT JOIN department_report d ON d.period = r.period
					WHERE r.status = :submitted AND (d.id IS NULL OR (d.status IN (:dDraft, :dReturned)
					  AND (d.figures_at IS NULL OR r.submitted_at > d.figures_at)))
					  AND r.submitted_at > :since
					GROUP BY r.period ORDER BY r.period DESC LIMIT 10
					""")
				.param("dDraft", DepartmentReportState.DRAFT.name())
				.param("dReturned", DepartmentReportState.RETURNED.name())
				.param("submitted", UnitReportState.SUBMITTED.name())
				.param("since", java.sql.Timestamp.from(this.clock.instant().minus(java.time.Duration.ofDays(120))))
				.query((rs,
						row) -> new String[] { "work.unitsSent", rs.getString(1), rs.getString(2),
								"/reports/units?period=" + rs.getString(1) })
				.list()
				.forEach(rows::add);
			this.jdbc.sql("""
					SELECT period, status FROM department_report WHERE status IN (:dReturned, :dApproved)
					ORDER BY period DESC LIMIT 10
					""")
				.param("dApproved", DepartmentReportState.APPROVED.name())
				.param("dReturned", DepartmentReportState.RETURNED.name())
				.query((rs,
						row) -> new String[] { "work.department." + rs.getString(2), rs.getString(1), "",
								"/reports/department?period=" + rs.getString(1) })
				.list()
				.forEach(rows::add);
		}
		if (me.getRoles().contains(Role.LEADER)) {
			this.jdbc
				.sql("SELECT period FROM department_report WHERE status = :dSubmitted ORDER BY period DESC LIMIT 10")
				.param("dSubmitted", DepartmentReportState.SUBMITTED.name())
				.query(String.class)
				.list()
				.forEach((code) -> rows
					.add(new String[] { "work.department.SUBMITTED", code, "", "/reports/department?period=" + code }));
		}
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<String, ReportPeriod> named = this.periods
			.stored(rows.stream().map((row) -> row[1]).collect(java.util.stream.Collectors.toSet()));
		Map<String, Item> items = new LinkedHashMap<>();
		for (String[] row : rows) {
			ReportPeriod period = named.get(row[1]);
			String label = period.label(this.messages, LocaleContextHolder.getLocale());
			items.putIfAbsent(row[3], new Item(
					this.messages.getMessage(row[0], new Object[] { label, row[2] }, LocaleContextHolder.getLocale()),
					row[3]));
		}
		return List.copyOf(items.values());
	}

}
