package vn.dondoc.directive;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The one owner of a period's task figures by lead unit — what the unit reports and the
 * Department's report show (Điều 10), "tình hình trong kỳ": received in the period; done
 * in the period on time or late; and, on the period's last day (or today while it runs),
 * open within their deadline, overdue, or without a deadline, whenever received. Each
 * figure is the total of the task list {@link #listOf} names; the conditions are those of
 * {@link TaskQueries#timeliness}, kept beside {@link Timeliness#of}.
 */
@Service
@Transactional(readOnly = true)
public class TaskStatistics {

	/** A unit's figures for a period. */
	public record Counts(int received, int onTime, int late, int within, int overdue, int noDeadline) {

		public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);

		/** Open and not overdue, the tasks without a deadline counted in. */
		public int withinOrUndated() {
			return this.within + this.noDeadline;
		}

	}

	/** A figure of {@link Counts}. */
	public enum Figure {

		RECEIVED, ON_TIME, LATE, WITHIN, OVERDUE, NO_DEADLINE

	}

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcClient jdbc;

	TaskStatistics(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The day the open tasks of a period are counted on: its last day, or today while it
	 * runs.
	 */
	public static LocalDate asOf(LocalDate today, LocalDate to) {
		return today.isAfter(to) ? to : today;
	}

	/**
	 * @param unitIds the lead units wanted ({@code null}: every unit)
	 * @param category the tasks' category ({@code null}: both)
	 * @return the figures of each lead unit that has any task (others have none)
	 */
	public Map<Long, Counts> ofPeriod(LocalDate from, LocalDate to, LocalDate asOf, Collection<Long> unitIds,
			TaskCategory category) {
		Map<Long, Counts> counts = new HashMap<>();
		this.jdbc
			.sql("""
					SELECT t.lead_unit_id,
					  count(*) FILTER (WHERE d.received_date BETWEEN :from AND :to),
					  count(*) FILTER (WHERE %1$s AND t.completed_on BETWEEN :from AND :to),
					  count(*) FILTER (WHERE %2$s AND t.completed_on BETWEEN :from AND :to),
					  count(*) FILTER (WHERE %3$s), count(*) FILTER (WHERE %4$s), count(*) FILTER (WHERE %5$s)
					FROM task t JOIN directive d ON d.id = t.directive_id
					WHERE (:allUnits OR t.lead_unit_id IN (:units)) AND (:anyCategory OR t.category = :category)
					GROUP BY t.lead_unit_id
					""".formatted(TaskQueries.timeliness(Timeliness.ON_TIME), TaskQueries.timeliness(Timeliness.LATE),
					TaskQueries.timeliness(Timeliness.WITHIN), TaskQueries.timeliness(Timeliness.OVERDUE),
					TaskQueries.timeliness(Timeliness.NO_DEADLINE)))
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("today", Date.valueOf(asOf))
			.param("allUnits", unitIds == null)
			.param("units", (unitIds == null || unitIds.isEmpty()) ? List.of(-1L) : List.copyOf(unitIds))
			.param("anyCategory", category == null)
			.param("category", (category != null) ? category.name() : "")
			.query((rs) -> {
				counts.put(rs.getLong(1),
						new Counts(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7)));
			});
		return counts;
	}

	/**
	 * The open tasks past their deadline on a day, whenever received ("quá hạn tính đến
	 * ngày"): the overdue figure of {@link #ofPeriod} for that day, summed.
	 * @param unitId the lead unit ({@code null}: every unit)
	 */
	public long overdueOn(LocalDate day, Long unitId) {
		Map<String, Object> params = new HashMap<>();
		params.put("today", Date.valueOf(day));
		if (unitId != null) {
			params.put("unit", unitId);
		}
		return this.jdbc
			.sql("SELECT count(*) FROM task t WHERE %s%s".formatted(TaskQueries.timeliness(Timeliness.OVERDUE),
					(unitId != null) ? " AND t.lead_unit_id = :unit" : ""))
			.params(params)
			.query(Long.class)
			.single();
	}

	/**
	 * The task list whose total is a figure of {@link #ofPeriod}: a path and query for
	 * {@code /tasks}.
	 * @param unitId the lead unit ({@code null}: every unit)
	 * @param category the category ({@code null}: both)
	 */
	public static String listOf(Figure figure, LocalDate from, LocalDate to, LocalDate asOf, Long unitId,
			TaskCategory category) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/tasks");
		if (unitId != null) {
			uri.queryParam("unit", unitId);
		}
		if (category != null) {
			uri.queryParam("category", category.name());
		}
		String period = DMY.format(from) + "-" + DMY.format(to);
		switch (figure) {
			case RECEIVED -> uri.queryParam("period", period);
			case ON_TIME, LATE -> uri.queryParam("completed", period).queryParam("timeliness", figure.name());
			case WITHIN, OVERDUE, NO_DEADLINE ->
				uri.queryParam("timeliness", figure.name()).queryParam("asOf", DMY.format(asOf));
		}
		return uri.encode().build().toUriString();
	}

}
