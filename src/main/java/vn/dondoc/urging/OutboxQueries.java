package vn.dondoc.urging;

import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox as the administrator reads it: the latest mails, failed ones first.
 */
@Service
@Transactional(readOnly = true)
public class OutboxQueries {

	/** A queued, sent or failed mail. */
	public record OutboxRow(long id, String recipient, String subject, String status, int attempts, Instant createdAt,
			Instant sentAt, Instant nextAttemptAt, String lastError) {
	}

	private final JdbcClient jdbc;

	OutboxQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<OutboxRow> latest(int limit) {
		return this.jdbc.sql("""
				SELECT id, recipient, subject, status, attempts, created_at, sent_at, next_attempt_at, last_error
				FROM mail_outbox ORDER BY (status = 'FAILED') DESC, created_at DESC, id DESC LIMIT :limit
				""")
			.param("limit", limit)
			.query((rs, row) -> new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getInt(5), rs.getTimestamp(6).toInstant(),
					(rs.getTimestamp(7) != null) ? rs.getTimestamp(7).toInstant() : null,
					rs.getTimestamp(8).toInstant(), rs.getString(9)))
			.list();
	}

	public String bodyText(long id) {
		return this.jdbc.sql("SELECT body_text FROM mail_outbox WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
