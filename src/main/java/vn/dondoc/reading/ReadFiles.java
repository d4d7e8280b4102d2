package vn.dondoc.reading;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The file a form was filled from, kept for its person until the directive is registered
 * (and the file goes with it) — a browser cannot keep a chosen file across a page — or
 * for a day.
 */
@Component
@Transactional
public class ReadFiles {

	/** A kept file. */
	public record ReadFile(long id, String name, byte[] content) {

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ReadFiles(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public long keep(long userId, String name, byte[] content) {
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("DELETE FROM read_file WHERE created_at < :before")
			.param("before", Timestamp.from(this.clock.instant().minus(Duration.ofDays(1))))
			.update();
		return this.jdbc.sql("""
				INSERT INTO read_file (user_id, file_name, content, created_at) VALUES (:user, :name, :content, :at)
				RETURNING id
				""")
			.param("user", userId)
			.param("name", (name.length() > 255) ? name.substring(name.length() - 255) : name)
			.param("content", content)
			.param("at", now)
			.query(Long.class)
			.single();
	}

	/** The person's kept file (anyone else's is not found). */
	@Transactional(readOnly = true)
	public Optional<ReadFile> find(long id, long userId) {
		return this.jdbc.sql("SELECT id, file_name, content FROM read_file WHERE id = :id AND user_id = :user")
			.param("id", id)
			.param("user", userId)
			.query((rs, row) -> new ReadFile(rs.getLong(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	/** Forgets the file once it went with the directive. */
	public void forget(long id, long userId) {
		this.jdbc.sql("DELETE FROM read_file WHERE id = :id AND user_id = :user")
			.param("id", id)
			.param("user", userId)
			.update();
	}

}
