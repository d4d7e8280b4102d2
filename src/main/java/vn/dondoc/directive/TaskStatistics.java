package vn.dondoc.directive;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
 * The one owner of the task figures (SPEC §14), by lead unit, for two questions:
 * <ul>
 * <li><b>received in a period</b> ("nhận trong kỳ", {@link #receivedIn}): the tasks whose
 * directive was received in it, as they stood at its end (today while it runs) — done on
 * time, done late, within, overdue, without deadline, returned. The dashboard and the
 * unit and Department reports count this;</li>
 * <li><b>open on a day</b> ("tồn đọng ngày", {@link #openOn}): every task not done on
 * that day, whenever received — within, overdue, without deadline. The dashboard's
 * "overdue today", the reports' overdue lists and the reminders count this.</li>
 * </ul>
 * Each figure is the total of the task list {@link #listOf} names; the conditions are
 * those of {@link TaskQueries#timeliness} and {@link TaskQueries#timelinessOn}, kept
 * beside {@link Timeliness#of}.
 */
@Service
@Transactional(readOnly = true)
public class TaskStatistics {

	/** A unit's figures of the tasks received in a period. */
	public record Counts(int received, int onTime, int late, int within, int overdue, int noDeadline, int returned) {

		public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0, 0);

		/** Open and not overdue, the tasks without a deadline counted in. */
		public int withinOrUndated() {
			return this.within + this.noDeadline;
		}

	}

	/** A unit's open tasks on a day. */
	public record Open(int within, int overdue, int noDeadline) {

		public static final Open NONE = new Open(0, 0, 0);

		public int total() {
			return this.within + this.overdue + this.noDeadline;
		}

	}

	/** A figure of {@link MonthOfWork} that has its task list ({@link #monthListOf}). */
	public enum MonthFigure {

		DUE, ON_TIME, OPEN_AT_END, OVERDUE_AT_END

	}

	/** A figure of {@link Counts} or {@link Open}. */
	public enum Figure {

		RECEIVED, ON_TIME, LATE, WITHIN, OVERDUE, NO_DEADLINE, RETURNED

	}

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	private final JdbcClient jdbc;

	private final Clock clock;

	TaskStatistics(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The day the tasks of a period are judged on: its last day, or today while it runs.
	 */
	public static LocalDate asOf(LocalDate today, LocalDate to) {
		return today.isAfter(to) ? to : today;
	}

	/**
	 * The tasks received from {@code from} to {@code to}, as they stood on {@code asOf}.
	 * @param unitIds the lead units wanted ({@code null}: every unit)
	 * @param category the tasks' category ({@code null}: both)
	 * @return the figures of each lead unit that has any task (others have none)
	 */
	public Map<Long, Counts> receivedIn(LocalDate from, LocalDate to, LocalDate asOf, Collection<Long> unitIds,
			TaskCategory category) {
		Map<Long, Counts> counts = new HashMap<>();
		this.jdbc
			.sql("""
					SELECT t.lead_unit_id, count(*),
					  count(*) FILTER (WHERE %s), count(*) FILTER (WHERE %s), count(*) FILTER (WHERE %s),
					  count(*) FILTER (WHERE %s), count(*) FILTER (WHERE %s), count(*) FILTER (WHERE %s)
					FROM task t JOIN directive d ON d.id = t.directive_id
					WHERE d.received_date BETWEEN :from AND :to
					  AND (:allUnits OR t.lead_unit_id IN (:units)) AND (:anyCategory OR t.category = :category)
					GROUP BY t.lead_unit_id
					""".formatted(states(asOf, Timeliness.ON_TIME, Timeliness.LATE, Timeliness.WITHIN,
					Timeliness.OVERDUE, Timeliness.NO_DEADLINE, Timeliness.NOT_MEASURED)))
			.params(params(unitIds, category, asOf))
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs) -> {
				counts.put(rs.getLong(1), new Counts(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
						rs.getInt(6), rs.getInt(7), rs.getInt(8)));
			});
		return counts;
	}

	/**
	 * The tasks open on a day, whenever received.
	 * @param unitIds the lead units wanted ({@code null}: every unit)
	 * @param category the tasks' category ({@code null}: both)
	 * @return the figures of each lead unit that has any such task (others have none)
	 */
	public Map<Long, Open> openOn(LocalDate day, Collection<Long> unitIds, TaskCategory category) {
		Map<Long, Open> counts = new HashMap<>();
		String[] states = states(day, Timeliness.WITHIN, Timeliness.OVERDUE, Timeliness.NO_DEADLINE);
		this.jdbc.sql("""
				SELECT t.lead_unit_id, count(*) FILTER (WHERE %s), count(*) FILTER (WHERE %s),
				  count(*) FILTER (WHERE %s)
				FROM task t JOIN directive d ON d.id = t.directive_id
				WHERE (%s OR %s OR %s)
				  AND (:allUnits OR t.lead_unit_id IN (:units)) AND (:anyCategory OR t.category = :category)
				GROUP BY t.lead_unit_id
				""".formatted(states[0], states[1], states[2], states[0], states[1], states[2]))
			.params(params(unitIds, category, day))
			.query((rs) -> {
				counts.put(rs.getLong(1), new Open(rs.getInt(2), rs.getInt(3), rs.getInt(4)));
			});
		return counts;
	}

	/**
	 * A unit's coordinating parts today, as tasks: those whose forwarded part is within
	 * its deadline (or has none), past it, and done. Each is the total of
	 * {@link #partListOf}.
	 */
	public Parts coordinatingOn(LocalDate today, long unitId) {
		return this.jdbc
			.sql("""
					SELECT count(DISTINCT p.task_id) FILTER (WHERE %s), count(DISTINCT p.task_id) FILTER (WHERE %s),
					       count(DISTINCT p.task_id) FILTER (WHERE %s)
					FROM task_part p WHERE p.unit_id = :unit AND p.forwarded_at IS NOT NULL
					""".formatted(TaskQueries.partState(TaskFilter.PartState.WITHIN),
					TaskQueries.partState(TaskFilter.PartState.OVERDUE),
					TaskQueries.partState(TaskFilter.PartState.DONE)))
			.param("unit", unitId)
			.param("today", Date.valueOf(today))
			.query((rs, row) -> new Parts(rs.getInt(1), rs.getInt(2), rs.getInt(3)))
			.single();
	}

	/** A unit's coordinating parts, counted as tasks. */
	public record Parts(int within, int overdue, int done) {

		/** The figure of a {@link TaskFilter.PartState}. */
		public int of(TaskFilter.PartState state) {
			return switch (state) {
				case WITHIN -> this.within;
				case OVERDUE -> this.overdue;
				case DONE -> this.done;
			};
		}

	}

	/** The task list whose total is a figure of {@link #coordinatingOn}. */
	public static String partListOf(TaskFilter.PartState state, long unitId) {
		return UriComponentsBuilder.fromPath("/tasks")
			.queryParam("partUnit", unitId)
			.queryParam("partState", state.name())
			.build()
			.toUriString();
	}

	/**
	 * A lead unit's month of work for the ranking (Điều 11), as the tasks stood at the
	 * end of its last day.
	 *
	 * @param due forwarded tasks whose deadline fell in the month
	 * @param onTime of those, completed by their deadline
	 * @param openAtEnd forwarded tasks not completed by the month's end
	 * @param overdue of those, past their deadline then
	 * @param active forwarded tasks open at some time in the month
	 * @param updated of those, completed in the month or given progress in it
	 * @param notices overdue at the end with the Điều 9.2 notice given by then
	 */
	public record MonthOfWork(int due, int onTime, int openAtEnd, int overdue, int active, int updated, int notices) {

		public static final MonthOfWork NONE = new MonthOfWork(0, 0, 0, 0, 0, 0, 0);

	}

	/**
	 * Each lead unit's month of work, {@code first} to {@code last} (the instants
	 * {@code start} to {@code end} for progress recorded in it); returned tasks are not
	 * counted.
	 */
	/**
	 * How often each lead unit's tasks were urged between two instants (the automatic
	 * reminders counted only when asked).
	 */
	public Map<Long, Integer> urgesPerLeadUnit(Instant start, Instant end, boolean automatic) {
		Map<Long, Integer> urges = new HashMap<>();
		this.jdbc.sql("""
				SELECT t.lead_unit_id, count(*) FROM urge g JOIN task t ON t.id = g.task_id
				WHERE (:automatic OR NOT g.automatic) AND g.urged_at >= :start AND g.urged_at < :end
				GROUP BY t.lead_unit_id
				""")
			.param("automatic", automatic)
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.query((rs) -> {
				urges.put(rs.getLong(1), rs.getInt(2));
			});
		return urges;
	}

	public Map<Long, MonthOfWork> monthOfWork(LocalDate first, LocalDate last, Instant start, Instant end) {
		Map<Long, MonthOfWork> months = new HashMap<>();
		this.jdbc.sql("""
				WITH reached AS (
				  SELECT t.id, t.lead_unit_id, t.deadline, t.completed_on, t.notice_date,
				         (t.completed_on IS NULL OR t.completed_on > :last) AS open_at_end
				  FROM task t JOIN directive d ON d.id = t.directive_id
				  WHERE t.status <> 'RETURNED' AND d.received_date <= :last
				    AND (t.completed_on IS NULL OR t.completed_on >= :first OR t.deadline BETWEEN :first AND :last)
				)
				SELECT r.lead_unit_id,
				       count(*) FILTER (WHERE r.deadline BETWEEN :first AND :last),
				       count(*) FILTER (WHERE r.deadline BETWEEN :first AND :last AND r.completed_on <= r.deadline),
				       count(*) FILTER (WHERE r.open_at_end),
				       count(*) FILTER (WHERE r.open_at_end AND r.deadline < :last),
				       count(*) FILTER (WHERE r.completed_on IS NULL OR r.completed_on >= :first),
				       count(*) FILTER (WHERE (r.completed_on IS NULL OR r.completed_on >= :first)
				         AND (r.completed_on BETWEEN :first AND :last OR EXISTS (SELECT 1 FROM task_update u
				           WHERE u.task_id = r.id AND u.created_at >= :start AND u.created_at < :end))),
				       count(*) FILTER (WHERE r.open_at_end AND r.deadline < :last AND r.notice_date <= :last)
				FROM reached r GROUP BY r.lead_unit_id
				""")
			.param("first", Date.valueOf(first))
			.param("last", Date.valueOf(last))
			.param("start", Timestamp.from(start))
			.param("end", Timestamp.from(end))
			.query((rs) -> {
				months.put(rs.getLong(1), new MonthOfWork(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
						rs.getInt(6), rs.getInt(7), rs.getInt(8)));
			});
		return months;
	}

	/**
	 * The open tasks past their deadline on a day, whenever received: the overdue figure
	 * of {@link #openOn}, summed.
	 * @param unitId the lead unit ({@code null}: every unit)
	 */
	public long overdueOn(LocalDate day, Long unitId) {
		return openOn(day, (unitId != null) ? List.of(unitId) : null, null).values()
			.stream()
			.mapToLong(Open::overdue)
			.sum();
	}

	/**
	 * The task list whose total is a figure of {@link #receivedIn}: a path and query for
	 * {@code /tasks}.
	 * @param unitId the lead unit ({@code null}: every unit)
	 * @param category the category ({@code null}: both)
	 */
	public static String listOf(Figure figure, LocalDate from, LocalDate to, LocalDate asOf, Long unitId,
			TaskCategory category) {
		UriComponentsBuilder uri = list(unitId, category).queryParam("period", DMY.format(from) + "-" + DMY.format(to));
		if (figure != Figure.RECEIVED) {
			uri.queryParam("timeliness", timeliness(figure).name()).queryParam("asOf", DMY.format(asOf));
		}
		return uri.encode().build().toUriString();
	}

	/**
	 * The task list whose total is a figure of {@link #openOn}: a path and query for
	 * {@code /tasks}.
	 * @param figure {@link Figure#WITHIN}, {@link Figure#OVERDUE} or
	 * {@link Figure#NO_DEADLINE}
	 */
	public static String openListOf(Figure figure, LocalDate day, Long unitId, TaskCategory category) {
		return list(unitId, category).queryParam("timeliness", timeliness(figure).name())
			.queryParam("asOf", DMY.format(day))
			.encode()
			.build()
			.toUriString();
	}

	/**
	 * The task list whose total is a figure of {@link #monthOfWork} for the month
	 * {@code first} to {@code last}: a path and query for {@code /tasks}, the tasks as
	 * they stood on its last day.
	 */
	public static String monthListOf(MonthFigure figure, LocalDate first, LocalDate last, Long unitId) {
		UriComponentsBuilder uri = list(unitId, null);
		switch (figure) {
			case DUE -> uri.queryParam("from", DMY.format(first))
				.queryParam("to", DMY.format(last))
				.queryParam("status", "MEASURED");
			case ON_TIME -> uri.queryParam("from", DMY.format(first))
				.queryParam("to", DMY.format(last))
				.queryParam("timeliness", Timeliness.ON_TIME.name());
			case OPEN_AT_END -> uri.queryParam("status", "OPEN");
			case OVERDUE_AT_END -> uri.queryParam("timeliness", Timeliness.OVERDUE.name());
		}
		return uri.queryParam("asOf", DMY.format(last)).encode().build().toUriString();
	}

	private static UriComponentsBuilder list(Long unitId, TaskCategory category) {
		UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/tasks");
		if (unitId != null) {
			uri.queryParam("unit", unitId);
		}
		if (category != null) {
			uri.queryParam("category", category.name());
		}
		return uri;
	}

	private static Timeliness timeliness(Figure figure) {
		return switch (figure) {
			case ON_TIME -> Timeliness.ON_TIME;
			case LATE -> Timeliness.LATE;
			case WITHIN -> Timeliness.WITHIN;
			case OVERDUE -> Timeliness.OVERDUE;
			case NO_DEADLINE -> Timeliness.NO_DEADLINE;
			case RETURNED -> Timeliness.NOT_MEASURED;
			case RECEIVED -> throw new IllegalArgumentException("received is not a state");
		};
	}

	/** The conditions of the states on a day: today's, or as they stood on a day past. */
	private String[] states(LocalDate day, Timeliness... states) {
		boolean past = day.isBefore(LocalDate.now(this.clock));
		String[] conditions = new String[states.length];
		for (int i = 0; i < states.length; i++) {
			conditions[i] = past ? TaskQueries.timelinessOn(states[i]) : TaskQueries.timeliness(states[i]);
		}
		return conditions;
	}

	private static Map<String, Object> params(Collection<Long> unitIds, TaskCategory category, LocalDate day) {
		Map<String, Object> params = new HashMap<>();
		params.put("today", Date.valueOf(day));
		params.put("allUnits", unitIds == null);
		params.put("units", (unitIds == null || unitIds.isEmpty()) ? List.of(-1L) : List.copyOf(unitIds));
		params.put("anyCategory", category == null);
		params.put("category", (category != null) ? category.name() : "");
		return params;
	}

}
