package vn.dondoc.directive;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.organisation.UnitDirectory;

/**
 * The tasks the office works from to propose measures to the Director (Điều 8.2),
 * published for the overdue list: tasks open past their deadline, and those at risk (due
 * within the week with no progress reported for two weeks), with the latest reason and
 * proposal and how often each was urged, by deadline.
 */
@Service
@Transactional(readOnly = true)
public class OverdueTaskQueries {

	/** One task of the list. */
	public record Line(long taskId, String unit, String content, LocalDate deadline, long daysOverdue, String reason,
			String proposal, int urges, String lastUpdate) {

		public boolean atRisk() {
			return this.daysOverdue < 0;
		}

	}

	private static final String SQL = """
			SELECT t.id, t.lead_unit_id, left(t.content, 500), t.deadline, CAST(:today AS date) - t.deadline,
			       w.delay_reason, w.proposal, t.urge_count, to_char(l.created_at AT TIME ZONE :zone, 'DD/MM/YYYY')
			FROM task t
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

	private final UnitDirectory units;

	private final Clock clock;

	OverdueTaskQueries(JdbcClient jdbc, DataSource dataSource, UnitDirectory units, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.streaming = Cursors.client(dataSource, 1000);
		this.clock = clock;
	}

	public List<Line> first(int limit) {
		UnitDirectory.UnitNames names = this.units.names();
		return this.jdbc.sql(SQL + " LIMIT :limit")
			.param("today", Date.valueOf(today()))
			.param("zone", this.clock.getZone().getId())
			.param("limit", limit)
			.query((rs, row) -> line(rs, names))
			.list();
	}

	public long count() {
		return this.jdbc.sql("SELECT count(*) FROM (" + SQL + ") x")
			.param("today", Date.valueOf(today()))
			.param("zone", this.clock.getZone().getId())
			.query(Long.class)
			.single();
	}

	/** Every line, read through a cursor and handed over one at a time. */
	public void each(Consumer<Line> consumer) {
		UnitDirectory.UnitNames names = this.units.names();
		this.streaming.sql(SQL)
			.param("today", Date.valueOf(today()))
			.param("zone", this.clock.getZone().getId())
			.query((rs) -> {
				consumer.accept(line(rs, names));
			});
	}

	/** A unit's task overdue on a day, with its latest reason and proposal. */
	public record UnitOverdue(long taskId, String content, LocalDate deadline, String reason, String proposal,
			String category) {
	}

	/**
	 * The lead unit's tasks overdue on a day ({@code asOf}: today, or a day past as the
	 * tasks stood then), whenever received, by deadline: the overdue figure of
	 * {@link TaskStatistics#openOn}.
	 */
	public List<UnitOverdue> ofUnit(long unitId, LocalDate asOf, int limit) {
		return this.jdbc
			.sql("""
					SELECT t.id, left(t.content, 300), t.deadline, w.delay_reason, w.proposal, t.category
					FROM task t JOIN directive d ON d.id = t.directive_id LEFT JOIN LATERAL (
					  SELECT u.delay_reason, u.proposal FROM task_update u
					  WHERE u.task_id = t.id AND (u.delay_reason IS NOT NULL OR u.proposal IS NOT NULL)
					  ORDER BY u.created_at DESC LIMIT 1) w ON TRUE
					WHERE t.lead_unit_id = :unit AND %s
					ORDER BY t.deadline, t.id LIMIT :limit
					""".formatted(asOf.isBefore(today()) ? TaskQueries.timelinessOn(Timeliness.OVERDUE)
					: TaskQueries.timeliness(Timeliness.OVERDUE)))
			.param("unit", unitId)
			.param("today", Date.valueOf(asOf))
			.param("limit", limit)
			.query((rs, row) -> new UnitOverdue(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate(),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	private static Line line(java.sql.ResultSet rs, UnitDirectory.UnitNames names) throws java.sql.SQLException {
		return new Line(rs.getLong(1), names.of(rs.getLong(2)), rs.getString(3), rs.getDate(4).toLocalDate(),
				rs.getLong(5), rs.getString(6), rs.getString(7), rs.getInt(8), rs.getString(9));
	}

	private LocalDate today() {
		return LocalDate.now(this.clock);
	}

}
