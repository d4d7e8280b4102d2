package vn.dondoc.urging;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * In-app notifications, each person's own: written with the reminder that causes them,
 * counted by the bell, read one by one or all at once.
 */
@Service
@Transactional
public class NotificationInbox {

	/** A notification as its owner sees it. */
	public record Notification(long id, String title, String link, Instant createdAt, boolean read) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	NotificationInbox(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	public boolean notify(String key, long userId, String title, String link) {
		return this.jdbc.sql("""
				INSERT INTO notification (idempotency_key, user_id, title, link, created_at)
				VALUES (:key, :user, :title, :link, :at) ON CONFLICT (idempotency_key) DO NOTHING
				""")
			.param("key", key)
			.param("user", userId)
			.param("title", title)
			.param("link", link)
			.param("at", Timestamp.from(this.clock.instant()))
			.update() == 1;
	}

	@Transactional(readOnly = true)
	public long unread(long userId) {
		return this.jdbc.sql("SELECT count(*) FROM notification WHERE user_id = :user AND read_at IS NULL")
			.param("user", userId)
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public Page<Notification> of(long userId, int page) {
		PageRequest request = PageRequest.of(Math.max(0, page), 20);
		long total = this.jdbc.sql("SELECT count(*) FROM notification WHERE user_id = :user")
			.param("user", userId)
			.query(Long.class)
			.single();
		List<Notification> rows = this.jdbc.sql("""
				SELECT id, title, link, created_at, read_at IS NOT NULL FROM notification WHERE user_id = :user
				ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset
				""")
			.param("user", userId)
			.param("limit", request.getPageSize())
			.param("offset", request.getOffset())
			.query((rs, row) -> new Notification(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getBoolean(5)))
			.list();
		return new PageImpl<>(rows, request, total);
	}

	/**
	 * Marks the person's own notification read.
	 * @return its link, or empty when it is not theirs
	 */
	public Optional<String> read(long userId, long id) {
		return this.jdbc.sql("""
				UPDATE notification SET read_at = coalesce(read_at, :at) WHERE id = :id AND user_id = :user
				RETURNING link
				""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.param("user", userId)
			.query(String.class)
			.optional();
	}

	public void readAll(long userId) {
		this.jdbc.sql("UPDATE notification SET read_at = :at WHERE user_id = :user AND read_at IS NULL")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("user", userId)
			.update();
	}

	/**
	 * Drops the notices whose key starts with the prefix (the demo's replay of history).
	 * @return how many
	 */
	public int discard(String keyPrefix) {
		return this.jdbc.sql("DELETE FROM notification WHERE idempotency_key LIKE :prefix || '%'")
			.param("prefix", keyPrefix)
			.update();
	}

}
