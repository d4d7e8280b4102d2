package vn.dondoc.ical;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.account.UserDirectory;
import vn.dondoc.common.SecretTokens;
import vn.dondoc.directive.TaskQueries;

/**
 * Makes, revokes and reads the feeds. A token is 32 random bytes; only its hash is
 * stored, so a copy of the database does not open anyone's calendar.
 */
@Service
@Transactional
public class CalendarFeedManagement {

	/** One deadline in a feed. */
	record Deadline(String uid, String title, LocalDate day, String link) {
	}

	private final JdbcClient jdbc;

	private final UserDirectory people;

	private final TaskQueries tasks;

	private final Clock clock;

	CalendarFeedManagement(JdbcClient jdbc, UserDirectory people, TaskQueries tasks, Clock clock) {
		this.jdbc = jdbc;
		this.people = people;
		this.tasks = tasks;
		this.clock = clock;
	}

	/** Replaces the person's feed (if any) with a new one. @return the new token */
	public String renew(long userId) {
		String token = SecretTokens.newToken("");
		Optional<UserDirectory.Epoch> epoch = this.people.epoch(userId);
		if (epoch.isEmpty()) {
			return token;
		}
		this.jdbc.sql("""
				INSERT INTO calendar_feed (user_id, token_hash, created_at, auth_epoch)
				VALUES (:user, :hash, :at, :epoch)
				ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at,
				  auth_epoch = EXCLUDED.auth_epoch
				""")
			.param("user", userId)
			.param("hash", SecretTokens.hash(token))
			.param("at", Timestamp.from(this.clock.instant()))
			.param("epoch", epoch.get().authEpoch())
			.update();
		return token;
	}

	public void revoke(long userId) {
		this.jdbc.sql("DELETE FROM calendar_feed WHERE user_id = :user").param("user", userId).update();
	}

	@Transactional(readOnly = true)
	public Optional<java.time.Instant> enabledSince(long userId) {
		Optional<Integer> epoch = this.people.epoch(userId).map(UserDirectory.Epoch::authEpoch);
		if (epoch.isEmpty()) {
			return Optional.empty();
		}
		return this.jdbc.sql("SELECT created_at FROM calendar_feed WHERE user_id = :user AND auth_epoch = :epoch")
			.param("user", userId)
			.param("epoch", epoch.get())
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional();
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
		Optional<long[]> feed = this.jdbc.sql("SELECT user_id, auth_epoch FROM calendar_feed WHERE token_hash = :hash")
			.param("hash", SecretTokens.hash(token))
			.query((rs, row) -> new long[] { rs.getLong(1), rs.getInt(2) })
			.optional();
		Optional<UserDirectory.Epoch> owner = feed.flatMap((f) -> this.people.epoch(f[0]))
			.filter((epoch) -> epoch.authEpoch() == feed.get()[1]);
		if (owner.isEmpty()) {
			return Optional.empty();
		}
		LocalDate today = LocalDate.now(this.clock);
		return Optional.of(this.tasks
			.openDeadlines(feed.get()[0], owner.get().unitId(), today.minusDays(90), today.plusYears(1), 5000)
			.stream()
			.map((d) -> new Deadline(d.uid(), d.title(), d.day(), "/tasks/" + d.taskId()))
			.toList());
	}

}
