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

	/** A page of the outbox, failed mails first, then the newest. */
	public org.springframework.data.domain.Page<OutboxRow> page(int page, int size) {
		long total = this.jdbc.sql("SELECT count(*) FROM mail_outbox").query(Long.class).single();
		List<OutboxRow> rows = this.jdbc.sql("""
				SELECT id, recipient, subject, status, attempts, created_at, sent_at, next_attempt_at, last_error
				FROM mail_outbox ORDER BY (status = 'FAILED') DESC, created_at DESC, id DESC
				LIMIT :limit OFFSET :offset
				""").param("limit", size).param("offset", (long) page * size).query((rs, row) -> row(rs)).list();
		return new org.springframework.data.domain.PageImpl<>(rows,
				org.springframework.data.domain.PageRequest.of(page, size), total);
	}

	/** One mail, its body text included. */
	public java.util.Optional<OutboxRow> one(long id) {
		return this.jdbc.sql("""
				SELECT id, recipient, subject, status, attempts, created_at, sent_at, next_attempt_at, last_error
				FROM mail_outbox WHERE id = :id
				""").param("id", id).query((rs, row) -> row(rs)).optional();
	}

	private static OutboxRow row(java.sql.ResultSet rs) throws java.sql.SQLException {
		return new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5),
				rs.getTimestamp(6).toInstant(), (rs.getTimestamp(7) != null) ? rs.getTimestamp(7).toInstant() : null,
				rs.getTimestamp(8).toInstant(), rs.getString(9));
	}

	public String bodyText(long id) {
		return this.jdbc.sql("SELECT body_text FROM mail_outbox WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional()
			.orElse(null);
	}

}
