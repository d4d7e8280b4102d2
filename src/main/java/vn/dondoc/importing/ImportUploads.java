package vn.dondoc.importing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files between their preview and their import, each readable by the person who sent it
 * only.
 */
@Repository
@Transactional
class ImportUploads {

	record Upload(long id, String fileName, byte[] content) {
	}

	/** How long a file waits between its preview and its import before it is purged. */
	static final Duration KEPT = Duration.ofHours(4);

	private final JdbcClient jdbc;

	private final Clock clock;

	ImportUploads(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	long save(long userId, String fileName, byte[] content) {
		// A person's older uploads are of no more use once a new one comes.
		this.jdbc.sql("DELETE FROM import_upload WHERE user_id = :user").param("user", userId).update();
		purge();
		return this.jdbc.sql("""
				INSERT INTO import_upload (user_id, file_name, content, created_at)
				VALUES (:user, :name, :content, :at) RETURNING id
				""")
			.param("user", userId)
			.param("name", fileName)
			.param("content", content)
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	Optional<Upload> find(long id, long userId) {
		return this.jdbc
			.sql("SELECT id, file_name, content FROM import_upload WHERE id = :id AND user_id = :user"
					+ " AND created_at >= :kept")
			.param("id", id)
			.param("user", userId)
			.param("kept", Timestamp.from(this.clock.instant().minus(KEPT)))
			.query((rs, row) -> new Upload(rs.getLong(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	/**
	 * Every node purges on the hour; deleting twice does no harm, so no lock is needed.
	 */
	@Scheduled(cron = "0 0 * * * *")
	void purge() {
		this.jdbc.sql("DELETE FROM import_upload WHERE created_at < :kept")
			.param("kept", Timestamp.from(this.clock.instant().minus(KEPT)))
			.update();
	}

	void delete(long id) {
		this.jdbc.sql("DELETE FROM import_upload WHERE id = :id").param("id", id).update();
	}

}
