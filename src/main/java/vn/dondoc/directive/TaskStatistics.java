package vn.dondoc.directive;

import java.sql.Date;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one owner of a period's task figures by lead unit — what the unit reports and the
 * Department's report show (Điều 10): received in the period; of the tasks sent to the
 * unit, done in the period on time or late; and, on the period's last day (or today while
 * it runs), open within their deadline, overdue, or without a deadline.
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
		this.jdbc.sql("""
				SELECT t.lead_unit_id,
				  count(*) FILTER (WHERE d.received_date BETWEEN :from AND :to),
				  count(*) FILTER (WHERE t.forwarded_at IS NOT NULL AND t.status = 'DONE'
				                   AND t.completed_on BETWEEN :from AND :to
				                   AND (t.deadline IS NULL OR t.completed_on <= t.deadline)),
				  count(*) FILTER (WHERE t.forwarded_at IS NOT NULL AND t.status = 'DONE'
				                   AND t.completed_on BETWEEN :from AND :to AND t.completed_on > t.deadline),
				  count(*) FILTER (WHERE t.forwarded_at IS NOT NULL AND %1$s AND t.deadline >= :asOf),
				  count(*) FILTER (WHERE t.forwarded_at IS NOT NULL AND %1$s AND t.deadline < :asOf),
				  count(*) FILTER (WHERE t.forwarded_at IS NOT NULL AND %1$s AND t.deadline IS NULL)
				FROM task t JOIN directive d ON d.id = t.directive_id
				WHERE (:allUnits OR t.lead_unit_id IN (:units)) AND (:anyCategory OR t.category = :category)
				GROUP BY t.lead_unit_id
				""".formatted(TaskQueries.OPEN))
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("asOf", Date.valueOf(asOf))
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

}
