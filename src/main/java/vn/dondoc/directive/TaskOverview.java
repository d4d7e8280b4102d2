package vn.dondoc.directive;

import java.sql.Date;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.organisation.UnitDirectory;

/**
 * The dashboard's numbers over the tasks, published by their owner: each computed with
 * the same SQL conditions as the task list filter it links to, so that a number and its
 * list cannot disagree.
 */
@Service
@Transactional(readOnly = true)
public class TaskOverview {

	private static final String OPEN = TaskQueries.OPEN;

	private final JdbcClient jdbc;

	private final UnitDirectory units;

	TaskOverview(JdbcClient jdbc, UnitDirectory units) {
		this.jdbc = jdbc;
		this.units = units;
	}

	/** Times the tasks received in the period were urged, per lead unit. */
	public Map<Long, Long> urges(LocalDate from, LocalDate to, Long unitId) {
		Map<Long, Long> urges = new HashMap<>();
		this.jdbc.sql("""
				SELECT t.lead_unit_id, coalesce(sum(t.urge_count), 0)
				FROM task t JOIN directive d ON d.id = t.directive_id
				WHERE d.received_date BETWEEN :from AND :to %s
				GROUP BY t.lead_unit_id
				""".formatted(unitCondition(unitId))).params(params(from, to, unitId, to)).query((rs) -> {
			urges.put(rs.getLong(1), rs.getLong(2));
		});
		return urges;
	}

	/**
	 * The period's tasks overdue on a day ({@code asOf}: its last, or today) by days
	 * overdue: 1–7, 8–30, 31–90, more than 90.
	 * @param past whether {@code asOf} is a day past (the tasks as they stood then)
	 */
	public long[] overdueBuckets(LocalDate from, LocalDate to, Long unitId, LocalDate asOf, boolean past) {
		return this.jdbc
			.sql("""
					SELECT count(*) FILTER (WHERE t.deadline >= CAST(:today AS date) - 7),
					       count(*) FILTER (WHERE t.deadline BETWEEN CAST(:today AS date) - 30 AND CAST(:today AS date) - 8),
					       count(*) FILTER (WHERE t.deadline BETWEEN CAST(:today AS date) - 90 AND CAST(:today AS date) - 31),
					       count(*) FILTER (WHERE t.deadline < CAST(:today AS date) - 90)
					FROM task t JOIN directive d ON d.id = t.directive_id
					WHERE d.received_date BETWEEN :from AND :to AND %s %s
					"""
				.formatted(overdue(past), unitCondition(unitId)))
			.params(params(from, to, unitId, asOf))
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4) })
			.single();
	}

	private static String overdue(boolean past) {
		return past ? TaskQueries.timelinessOn(Timeliness.OVERDUE) : TaskQueries.timeliness(Timeliness.OVERDUE);
	}

	/** The longest overdue of the period's tasks, first. */
	public List<TaskLine> mostOverdue(LocalDate from, LocalDate to, Long unitId, LocalDate asOf, boolean past,
			int limit) {
		return lines("""
				task t JOIN directive d ON d.id = t.directive_id
				WHERE d.received_date BETWEEN :from AND :to AND %s %s
				""".formatted(overdue(past), unitCondition(unitId)), params(from, to, unitId, asOf), limit);
	}

	/** Open tasks whose deadline is from today to the given day, whenever received. */
	public long dueCount(Long unitId, LocalDate today, LocalDate until) {
		Map<String, Object> params = params(null, until, unitId, today);
		return this.jdbc
			.sql("SELECT count(*) FROM task t WHERE %s AND t.deadline BETWEEN :today AND :to %s".formatted(OPEN,
					unitCondition(unitId)))
			.params(params)
			.query(Long.class)
			.single();
	}

	public List<TaskLine> dueSoon(Long unitId, LocalDate today, LocalDate until, int limit) {
		return lines("""
				task t
				WHERE %s AND t.deadline BETWEEN :today AND :to %s
				""".formatted(OPEN, unitCondition(unitId)), params(null, until, unitId, today), limit);
	}

	/**
	 * The first tasks, by deadline, of {@code from}: the tables, joins and conditions.
	 */
	private List<TaskLine> lines(String from, Map<String, Object> params, int limit) {
		params.put("limit", limit);
		UnitDirectory.UnitNames names = this.units.names();
		return this.jdbc
			.sql("SELECT t.id, left(t.content, 200), t.lead_unit_id, t.deadline, t.urge_count FROM " + from
					+ " ORDER BY t.deadline, t.id LIMIT :limit")
			.params(params)
			.query((rs, row) -> new TaskLine(rs.getLong(1), rs.getString(2), rs.getLong(3), null,
					rs.getDate(4).toLocalDate(), rs.getInt(5)))
			.list()
			.stream()
			.map((line) -> line.withUnitName(names.of(line.leadUnitId())))
			.toList();
	}

	/**
	 * Per month of the twelve ending with {@code last}: tasks received, completed, and
	 * fallen overdue.
	 */
	public List<long[]> trend(YearMonth last, Long unitId, LocalDate today) {
		YearMonth first = last.minusMonths(11);
		LocalDate from = first.atDay(1);
		LocalDate to = last.atEndOfMonth();
		Map<String, Object> params = params(from, to, unitId, today);
		params.put("fellFrom", Date.valueOf(from.minusDays(1)));
		params.put("fellTo", Date.valueOf(to.minusDays(1)));
		Map<YearMonth, long[]> months = new LinkedHashMap<>();
		for (YearMonth month = first; !month.isAfter(last); month = month.plusMonths(1)) {
			months.put(month, new long[3]);
		}
		String unit = unitCondition(unitId);
		collect(months, 0, """
				SELECT d.received_date, count(*) FROM task t JOIN directive d ON d.id = t.directive_id
				WHERE d.received_date BETWEEN :from AND :to %s GROUP BY d.received_date
				""".formatted(unit), params);
		collect(months, 1, """
				SELECT t.completed_on, count(*) FROM task t
				WHERE %s AND t.completed_on BETWEEN :from AND :to %s GROUP BY t.completed_on
				""".formatted(TaskQueries.DONE, unit), params);
		collect(months, 2, """
				SELECT t.deadline + 1, count(*) FROM task t WHERE %s %s GROUP BY t.deadline
				""".formatted(TaskQueries.FELL_OVERDUE, unit), params);
		return new ArrayList<>(months.values());
	}

	private void collect(Map<YearMonth, long[]> months, int series, String sql, Map<String, Object> params) {
		this.jdbc.sql(sql).params(params).query((rs) -> {
			long[] counts = months.get(YearMonth.from(rs.getDate(1).toLocalDate()));
			if (counts != null) {
				counts[series] += rs.getLong(2);
			}
		});
	}

	private static String unitCondition(Long unitId) {
		return (unitId != null) ? "AND t.lead_unit_id = :unit" : "";
	}

	private static Map<String, Object> params(LocalDate from, LocalDate to, Long unitId, LocalDate today) {
		Map<String, Object> params = new HashMap<>();
		params.put("today", Date.valueOf(today));
		if (from != null) {
			params.put("from", Date.valueOf(from));
		}
		params.put("to", Date.valueOf(to));
		if (unitId != null) {
			params.put("unit", unitId);
		}
		return params;
	}

	/** A task as the dashboard lists it. */
	public record TaskLine(long id, String content, long leadUnitId, String unitName, LocalDate deadline, int urges) {

		TaskLine withUnitName(String name) {
			return new TaskLine(this.id, this.content, this.leadUnitId, name, this.deadline, this.urges);
		}

		public long daysOverdue(LocalDate today) {
			return java.time.temporal.ChronoUnit.DAYS.between(this.deadline, today);
		}

	}

}
