package vn.dondoc.directive;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.account.Actor;
import vn.dondoc.account.Role;
import vn.dondoc.organisation.UnitDirectory;
import vn.dondoc.common.SearchWords;
import vn.dondoc.common.Texts;

/**
 * The task lists: one query for the page and one for the total, whatever the filters and
 * the size of the data. Tasks are never confidential, so every signed-in person may list
 * them (Điều 2.1).
 */
@Service
@Transactional(readOnly = true)
public class TaskQueries {

	public static final int PAGE_SIZE = 20;

	static final String OPEN = "t.status IN ('NOT_STARTED', 'IN_PROGRESS')";

	/**
	 * SQL: the task {@code t} was open on the day {@code :today} past: received by then
	 * and not done (or done only later). Needs the directive {@code d}.
	 */
	static final String OPEN_ON = "(d.received_date <= :today AND (" + OPEN
			+ " OR (t.status = 'DONE' AND t.completed_on > :today)))";

	/** SQL: the task {@code t} is done. */
	static final String DONE = "t.status = 'DONE'";

	/** SQL: the part {@code p} was forwarded to its unit and is not done. */
	static final String PART_OPEN = "p.forwarded_at IS NOT NULL AND p.status <> 'DONE'";

	/** Sorting by the lead unit's name, in the order the organisation gives. */
	private static final String UNIT_ORDER = "array_position(CAST(:unitOrder AS bigint[]), t.lead_unit_id)";

	/** Sort keys offered to the user, mapped to safe SQL. */
	static final Map<String, String> SORTS = Map.ofEntries(Map.entry("deadline", "t.deadline, t.id"),
			Map.entry("-deadline", "t.deadline DESC, t.id DESC"), Map.entry("received", "d.received_date, t.id"),
			Map.entry("-received", "d.received_date DESC, t.id DESC"),
			Map.entry("number", "d.number_symbol, t.seq, t.id"),
			Map.entry("-number", "d.number_symbol DESC, t.seq, t.id"),
			Map.entry("unit", UNIT_ORDER + ", t.deadline, t.id"),
			Map.entry("-unit", UNIT_ORDER + " DESC, t.deadline, t.id"),
			Map.entry("status", "t.status, t.deadline, t.id"), Map.entry("-status", "t.status DESC, t.deadline, t.id"),
			Map.entry("urges", "t.urge_count, t.id"), Map.entry("-urges", "t.urge_count DESC, t.id"));

	private final JdbcClient jdbc;

	private final Clock clock;

	private final UnitDirectory units;

	TaskQueries(JdbcClient jdbc, UnitDirectory units, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.clock = clock;
	}

	public Page<TaskRow> search(TaskFilter filter, Actor actor) {
		// A list "as of" a day shows the tasks as they stood on that day, as the report
		// whose figure links here counted them.
		LocalDate now = LocalDate.now(this.clock);
		LocalDate today = (filter.getAsOf() != null) ? filter.getAsOf() : now;
		boolean past = today.isBefore(now);
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new HashMap<>();
		params.put("today", Date.valueOf(today));
		boolean needsDirective = false;
		switch (filter.scopeOrDefault()) {
			case MINE -> {
				where.append(" AND (t.assignee_id = :me OR t.monitor_user_id = :me");
				if (actor.has(Role.UNIT_HEAD)) {
					where.append(" OR t.lead_unit_id = :myUnit OR t.id IN (SELECT p.task_id FROM task_part p"
							+ " WHERE p.unit_id = :myUnit)");
				}
				where.append(")");
				params.put("me", actor.userId());
				params.put("myUnit", actor.unitId());
			}
			case UNIT -> {
				where.append(" AND (t.lead_unit_id = :myUnit OR t.id IN (SELECT p.task_id FROM task_part p"
						+ " WHERE p.unit_id = :myUnit))");
				params.put("myUnit", actor.unitId());
			}
			case ALL -> {
			}
		}
		// The search is written into the SQL as a literal (it can only hold
		// [a-z0-9&:* ]) so that PostgreSQL plans each search with the real frequency
		// of its words: a common word reads the deadline index and stops at twenty
		// rows, a rare one reads the word index. A bound parameter would get one plan
		// for both, slow for one of them.
		String text = SearchWords.tsquery(filter.getQ());
		if (text != null) {
			where.append(" AND t.search_words @@ to_tsquery('simple', '").append(text).append("')");
		}
		String number = Texts.clean(filter.getNumber());
		if (number != null) {
			where.append(" AND upper(d.number_symbol) LIKE '%' || upper(:number) || '%'");
			params.put("number", escapeLike(number));
			needsDirective = true;
		}
		if (filter.getUnit() != null) {
			where.append(" AND t.lead_unit_id = :unit");
			params.put("unit", filter.getUnit());
		}
		String status = Texts.clean(filter.getStatus());
		if (!today.equals(now)) {
			// As of another day, the tasks received after it do not count (on a day past
			// they did not yet exist).
			where.append(" AND d.received_date <= :today");
			needsDirective = true;
		}
		if ("OPEN".equals(status)) {
			where.append(" AND ").append(past ? OPEN_ON : OPEN);
		}
		else if ("MEASURED".equals(status)) {
			where.append(" AND t.status <> 'RETURNED'");
		}
		else if (status != null && isStatus(status)) {
			where.append(" AND t.status = :status");
			params.put("status", status);
		}
		if (filter.getTimeliness() != null) {
			where.append(" AND ")
				.append(past ? timelinessOn(filter.getTimeliness()) : timeliness(filter.getTimeliness()));
			needsDirective |= past;
		}
		if (filter.getFrom() != null) {
			where.append(" AND t.deadline >= :from");
			params.put("from", Date.valueOf(filter.getFrom()));
		}
		if (filter.getTo() != null) {
			where.append(" AND t.deadline <= :to");
			params.put("to", Date.valueOf(filter.getTo()));
		}
		if (filter.getIssuer() != null) {
			where.append(" AND d.issuer = :issuer");
			params.put("issuer", filter.getIssuer().name());
			needsDirective = true;
		}
		String signer = Texts.clean(filter.getSigner());
		if (signer != null) {
			where.append(" AND dondoc_fold(d.signer) LIKE '%' || dondoc_fold(:signer) || '%'");
			params.put("signer", escapeLike(signer));
			needsDirective = true;
		}
		if (filter.getKind() != null) {
			where.append(" AND d.kind = :kind");
			params.put("kind", filter.getKind().name());
			needsDirective = true;
		}
		if (filter.getCategory() != null) {
			where.append(" AND t.category = :category");
			params.put("category", filter.getCategory().name());
		}
		LocalDate[] period = filter.periodRange();
		if (period != null) {
			where.append(" AND d.received_date BETWEEN :periodFrom AND :periodTo");
			params.put("periodFrom", Date.valueOf(period[0]));
			params.put("periodTo", Date.valueOf(period[1]));
			needsDirective = true;
		}
		if (filter.getPartUnit() != null) {
			where.append(" AND EXISTS (SELECT 1 FROM task_part p WHERE p.task_id = t.id AND p.unit_id = :partUnit AND ")
				.append(partState(filter.getPartState()))
				.append(")");
			params.put("partUnit", filter.getPartUnit());
		}
		LocalDate[] completed = filter.completedRange();
		if (completed != null) {
			where.append(" AND t.status = 'DONE' AND t.completed_on BETWEEN :completedFrom AND :completedTo");
			params.put("completedFrom", Date.valueOf(completed[0]));
			params.put("completedTo", Date.valueOf(completed[1]));
		}
		LocalDate[] fellOverdue = filter.fellOverdueRange();
		if (fellOverdue != null) {
			where.append(" AND ").append(FELL_OVERDUE);
			params.put("fellFrom", Date.valueOf(fellOverdue[0].minusDays(1)));
			params.put("fellTo", Date.valueOf(fellOverdue[1].minusDays(1)));
		}
		if (filter.getPending() != null) {
			where.append(" AND ").append(switch (filter.getPending()) {
				case FORWARD -> OPEN + " AND t.forwarded_at IS NULL";
				case RETURN -> OPEN + " AND t.return_requested_at IS NOT NULL";
				case EXTENSION -> OPEN
						+ " AND EXISTS (SELECT 1 FROM task_extension e WHERE e.task_id = t.id AND e.status = 'PENDING')";
				case NOTICE -> OPEN + " AND t.deadline < :today AND t.notice_number IS NULL";
			});
		}
		String sortKey = String.valueOf(filter.getSort());
		String order = SORTS.getOrDefault(sortKey, SORTS.get("deadline"));
		boolean sortsByDirective = order.contains("d.");
		String directiveJoin = " JOIN directive d ON d.id = t.directive_id";
		String pageJoins = (needsDirective || sortsByDirective) ? directiveJoin : "";
		// The total is exact, search results included: the word index, the deadline
		// and status indexes answer it without reading most rows.
		long counted = this.jdbc.sql("SELECT count(*) FROM task t" + (needsDirective ? directiveJoin : "") + where)
			.params(params)
			.query(Long.class)
			.single();
		Pageable pageable = PageRequest.of(filter.getPage(), filter.pageSize());
		params.put("limit", filter.pageSize());
		params.put("offset", pageable.getOffset());
		// The units' names from their owner: one query whatever the page holds.
		UnitDirectory.UnitNames unitNames = this.units.names();
		if (order.contains(":unitOrder")) {
			params.put("unitOrder", unitNames.idsInOrder());
		}
		// The page's ids are chosen first, from the task table and its indexes alone
		// where the filters allow; only those twenty rows are then joined to their
		// directive and unit. A deep page no longer fetches and joins every row it
		// skips.
		String ids = "SELECT t.id FROM task t" + pageJoins + where + " ORDER BY " + order
				+ " LIMIT :limit OFFSET :offset";
		List<TaskRow> rows = this.jdbc.sql("""
				SELECT t.id, t.directive_id, d.number_symbol, t.seq, left(t.content, 300) AS content,
				       t.lead_unit_id, t.deadline, t.original_deadline, t.status,
				       t.completed_on, t.urge_count, t.notice_number IS NULL AS no_notice,
				       t.return_requested_at IS NOT NULL AS return_requested, t.forwarded_at IS NOT NULL AS forwarded,
				       t.recurrence IS NOT NULL AS recurring, left(d.summary, 300) AS summary
				FROM (""" + ids + ") page JOIN task t ON t.id = page.id" + directiveJoin + " ORDER BY " + order)
			.params(params)
			.query((rs, row) -> map(rs, today))
			.list();
		rows = rows.stream().map((r) -> r.withLeadUnitName(unitNames.of(r.leadUnitId()))).toList();
		return new PageImpl<>(rows, pageable, counted);
	}

	/** The status of each of the given tasks that exists. */
	public Map<Long, TaskStatus> statusesOf(List<Long> ids) {
		Map<Long, TaskStatus> statuses = new HashMap<>();
		if (!ids.isEmpty()) {
			this.jdbc.sql("SELECT id, status FROM task WHERE id IN (:ids)").param("ids", ids).query((rs) -> {
				statuses.put(rs.getLong(1), TaskStatus.valueOf(rs.getString(2)));
			});
		}
		return statuses;
	}

	/** A deadline of an open task or of a unit's open part of one, for a calendar. */
	public record OpenDeadline(String uid, String title, LocalDate day, long taskId) {
	}

	/**
	 * The deadlines between two days of a person's open tasks (assigned to or monitored
	 * by them), their unit's, and their unit's open coordinating parts, by day.
	 */
	public List<OpenDeadline> openDeadlines(long userId, long unitId, LocalDate from, LocalDate to, int limit) {
		return this.jdbc.sql("""
				SELECT 'task-' || t.id, left(t.content, 200), t.deadline, t.id FROM task t
				WHERE %1$s AND t.deadline BETWEEN :from AND :to
				  AND (t.assignee_id = :user OR t.monitor_user_id = :user OR t.lead_unit_id = :unit)
				UNION ALL
				SELECT 'part-' || p.id, left(p.description || ' – ' || t.content, 200), p.deadline, t.id
				FROM task_part p JOIN task t ON t.id = p.task_id
				WHERE p.unit_id = :unit AND %2$s
				  AND %1$s AND p.deadline BETWEEN :from AND :to
				ORDER BY 3, 1 LIMIT :limit
				""".formatted(OPEN, PART_OPEN))
			.param("user", userId)
			.param("unit", unitId)
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("limit", limit)
			.query((rs, row) -> new OpenDeadline(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
					rs.getLong(4)))
			.list();
	}

	/**
	 * SQL: the task fell overdue on a day between {@code :fellFrom + 1} and
	 * {@code :fellTo + 1}, that is its deadline is in {@code :fellFrom..:fellTo} and it
	 * was not done by then (open and past the deadline today, or completed late).
	 */
	static final String FELL_OVERDUE = "(t.deadline BETWEEN :fellFrom AND :fellTo AND ((" + OPEN
			+ " AND t.deadline < :today) OR (t.status = 'DONE' AND t.completed_on > t.deadline)))";

	/**
	 * SQL on a part {@code p} for its state against {@code :today}; any forwarded part
	 * when {@code null}.
	 */
	static String partState(TaskFilter.PartState state) {
		String forwarded = "p.forwarded_at IS NOT NULL";
		if (state == null) {
			return forwarded;
		}
		return forwarded + " AND " + switch (state) {
			case WITHIN -> "p.status <> 'DONE' AND (p.deadline IS NULL OR p.deadline >= :today)";
			case OVERDUE -> "p.status <> 'DONE' AND p.deadline < :today";
			case DONE -> "p.status = 'DONE'";
		};
	}

	/**
	 * SQL for a timeliness on a day past, {@code :today}, kept beside
	 * {@link Timeliness#of}: a task completed after that day, or received after it, was
	 * not then done — and one received after it did not yet exist. Needs the directive
	 * {@code d}. On today itself it selects what {@link #timeliness(Timeliness)} does,
	 * which the indexes serve better.
	 */
	static String timelinessOn(Timeliness timeliness) {
		String done = "t.status = 'DONE' AND t.completed_on <= :today";
		String open = OPEN_ON;
		return switch (timeliness) {
			case WITHIN -> "(" + open + " AND t.deadline >= :today)";
			case OVERDUE -> "(" + open + " AND t.deadline < :today)";
			case NO_DEADLINE -> "(" + open + " AND t.deadline IS NULL)";
			case ON_TIME -> "(" + done + " AND (t.deadline IS NULL OR t.completed_on <= t.deadline))";
			case LATE -> "(" + done + " AND t.completed_on > t.deadline)";
			case NOT_MEASURED -> "t.status = 'RETURNED'";
		};
	}

	/**
	 * SQL for a timeliness today, {@code :today}; kept beside {@link Timeliness#of}.
	 */
	static String timeliness(Timeliness timeliness) {
		return switch (timeliness) {
			case WITHIN -> "(" + OPEN + " AND t.deadline >= :today)";
			case OVERDUE -> "(" + OPEN + " AND t.deadline < :today)";
			case NO_DEADLINE -> "(" + OPEN + " AND t.deadline IS NULL)";
			case ON_TIME -> "(t.status = 'DONE' AND (t.deadline IS NULL OR t.completed_on <= t.deadline))";
			case LATE -> "(t.status = 'DONE' AND t.completed_on > t.deadline)";
			case NOT_MEASURED -> "t.status = 'RETURNED'";
		};
	}

	private static boolean isStatus(String value) {
		for (TaskStatus status : TaskStatus.values()) {
			if (status.name().equals(value)) {
				return true;
			}
		}
		return false;
	}

	static String escapeLike(String value) {
		return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	private static TaskRow map(ResultSet rs, LocalDate today) throws SQLException {
		TaskStatus status = TaskStatus.valueOf(rs.getString("status"));
		LocalDate deadline = localDate(rs, "deadline");
		LocalDate completedOn = localDate(rs, "completed_on");
		Timeliness timeliness = Timeliness.of(status, deadline, completedOn, today);
		return new TaskRow(rs.getLong("id"), rs.getLong("directive_id"), rs.getString("number_symbol"),
				rs.getInt("seq"), rs.getString("content"), rs.getLong("lead_unit_id"), null, deadline,
				localDate(rs, "original_deadline"), status, completedOn, timeliness, rs.getInt("urge_count"),
				timeliness == Timeliness.OVERDUE && rs.getBoolean("no_notice"), rs.getBoolean("return_requested"),
				rs.getBoolean("forwarded"), rs.getBoolean("recurring"), rs.getString("summary"));
	}

	static LocalDate localDate(ResultSet rs, String column) throws SQLException {
		Date date = rs.getDate(column);
		return (date != null) ? date.toLocalDate() : null;
	}

}
