package vn.dondoc.ical;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.common.SecretTokens;
import vn.dondoc.directive.TaskQueries;

/**
 * Makes, revokes and reads the feeds. A token is 32 random bytes; only its hash is
 * stored, so a copy of the database does not open anyone's calendar.
 */
@Service
@Transactional
public class CalendarFeeds {

	/** One deadline in a feed. */
	record Deadline(String uid, String title, LocalDate day, String link) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	CalendarFeeds(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Replaces the person's feed (if any) with a new one. @return the new token */
	public String renew(long userId) {
		String token = SecretTokens.newToken("");
		this.jdbc.sql("""
				INSERT INTO calendar_feed (user_id, token_hash, created_at, auth_epoch)
				SELECT :user, :hash, :at, u.auth_epoch FROM app_user u WHERE u.id = :user
				ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at,
				  auth_epoch = EXCLUDED.auth_epoch
				""")
			.param("user", userId)
			.param("hash", SecretTokens.hash(token))
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		return token;
	}

	public void revoke(long userId) {
		this.jdbc.sql("DELETE FROM calendar_feed WHERE user_id = :user").param("user", userId).update();
	}

	@Transactional(readOnly = true)
	public Optional<java.time.Instant> enabledSince(long userId) {
		return this.jdbc.sql("""
				SELECT f.created_at FROM calendar_feed f JOIN app_user u ON u.id = f.user_id
				WHERE f.user_id = :user AND f.auth_epoch = u.auth_epoch
				""").param("user", userId).query((rs, row) -> rs.getTimestamp(1).toInstant()).optional();
	}

	/**
	 * The deadlines of the feed's owner, if the token is a live one of an active person
	 * whose password, unit and roles are those of when the feed was made: their own open
	 * tasks, their unit's, and their unit's coordinating parts, from ninety days ago to a
	 * year ahead.
	 */
	@Transactional(readOnly = true)
	Optional<List<Deadline>> deadlines(String token) {
		if (token == null || !token.matches("[A-Za-z0-9_-]{43}")) {
			return Optional.empty();
		}
		Optional<long[]> owner = this.jdbc.sql("""
				SELECT u.id, u.unit_id FROM calendar_feed f JOIN app_user u ON u.id = f.user_id
				WHERE f.token_hash = :hash AND u.active AND f.auth_epoch = u.auth_epoch
				""")
			.param("hash", SecretTokens.hash(token))
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getLong(2) })
			.optional();
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		return Optional.of(this.jdbc.sql("""
				SELECT 'task-' || t.id, left(t.content, 200), t.deadline, t.id FROM task t
				WHERE %1$s AND t.deadline BETWEEN :from AND :to
				  AND (t.assignee_id = :user OR t.monitor_user_id = :user OR t.lead_unit_id = :unit)
				UNION ALL
				SELECT 'part-' || p.id, left(p.description || ' – ' || t.content, 200), p.deadline, t.id
				FROM task_part p JOIN task t ON t.id = p.task_id
				WHERE p.unit_id = :unit AND %2$s
				  AND %1$s AND p.deadline BETWEEN :from AND :to
				ORDER BY 3, 1 LIMIT 5000
				""".formatted(TaskQueries.OPEN, TaskQueries.PART_OPEN))
			.param("user", owner.get()[0])
			.param("unit", owner.get()[1])
			.param("from", Date.valueOf(today.minusDays(90)))
			.param("to", Date.valueOf(today.plusYears(1)))
			.query((rs, row) -> new Deadline(rs.getString(1), rs.getString(2), rs.getDate(3).toLocalDate(),
					"/tasks/" + rs.getLong(4)))
			.list());
	}

}
