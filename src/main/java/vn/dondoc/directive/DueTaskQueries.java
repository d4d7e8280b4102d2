package vn.dondoc.directive;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The open tasks and coordinating parts falling due, published for the reminders: who is
 * concerned is the reminders' business, which tasks are due is the tasks' owner's.
 */
@Service
@Transactional(readOnly = true)
public class DueTaskQueries {

	/**
	 * An open task, or a unit's open part of one ({@code partUnitId} set), due on a day.
	 * A task's lead unit, assignee and monitoring person are given; a part's only its
	 * unit.
	 */
	public record Due(long taskId, LocalDate deadline, String title, Long leadUnitId, Long assigneeId,
			Long monitorUserId, Long partUnitId) {

		public boolean isPart() {
			return this.partUnitId != null;
		}

	}

	/** A task open past a day. */
	public record Late(long taskId, String title, LocalDate deadline) {
	}

	private final JdbcClient jdbc;

	/** Reads the due rows in batches instead of all at once (inside a transaction). */
	private final JdbcClient streaming;

	DueTaskQueries(JdbcClient jdbc, DataSource dataSource) {
		this.jdbc = jdbc;
		this.streaming = Cursors.client(dataSource, 500);
	}

	/**
	 * Hands over, by deadline and task, every open task and open forwarded part whose
	 * deadline is before {@code overdueBefore} or in one of the windows ({@code [from,
	 * to]}). A part's title starts with {@code partPrefix}, then its description and the
	 * task's content.
	 */
	public void each(LocalDate overdueBefore, List<LocalDate[]> windows, String partPrefix, Consumer<Due> consumer) {
		StringBuilder due = new StringBuilder("(COL < :before");
		Map<String, Object> params = new HashMap<>();
		params.put("before", Date.valueOf(overdueBefore));
		params.put("partPrefix", partPrefix);
		for (int i = 0; i < windows.size(); i++) {
			due.append(" OR COL BETWEEN :from").append(i).append(" AND :to").append(i);
			params.put("from" + i, Date.valueOf(windows.get(i)[0]));
			params.put("to" + i, Date.valueOf(windows.get(i)[1]));
		}
		due.append(")");
		String sql = """
				SELECT t.id, t.deadline, left(t.content, 200) AS title, t.lead_unit_id, t.assignee_id, t.monitor_user_id,
				       CAST(NULL AS bigint) AS part_unit_id
				FROM task t WHERE %1$s AND t.deadline IS NOT NULL AND %2$s
				UNION ALL
				SELECT t.id, p.deadline, left(:partPrefix || ' ' || p.description || ' – ' || t.content, 200),
				       NULL, NULL, NULL, p.unit_id
				FROM task_part p JOIN task t ON t.id = p.task_id
				WHERE %1$s AND %4$s AND p.deadline IS NOT NULL AND %3$s
				ORDER BY 2, 1
				"""
			.formatted(TaskQueries.OPEN, due.toString().replace("COL", "t.deadline"),
					due.toString().replace("COL", "p.deadline"), TaskQueries.PART_OPEN);
		this.streaming.sql(sql).params(params).query((rs) -> {
			consumer.accept(
					new Due(rs.getLong(1), rs.getDate(2).toLocalDate(), rs.getString(3), rs.getObject(4, Long.class),
							rs.getObject(5, Long.class), rs.getObject(6, Long.class), rs.getObject(7, Long.class)));
		});
	}

	/** The first open tasks past their deadline before a day, by deadline. */
	public List<Late> lateBefore(LocalDate day, int limit) {
		return this.jdbc.sql("""
				SELECT t.id, left(t.content, 200), t.deadline FROM task t
				WHERE %s AND t.deadline < :day ORDER BY t.deadline, t.id LIMIT :rows
				""".formatted(TaskQueries.OPEN))
			.param("day", Date.valueOf(day))
			.param("rows", limit)
			.query((rs, row) -> new Late(rs.getLong(1), rs.getString(2), rs.getDate(3).toLocalDate()))
			.list();
	}

	/** How many open tasks are past their deadline before a day. */
	public int countLateBefore(LocalDate day) {
		return this.jdbc.sql("SELECT count(*) FROM task t WHERE %s AND t.deadline < :day".formatted(TaskQueries.OPEN))
			.param("day", Date.valueOf(day))
			.query(Integer.class)
			.single();
	}

}
