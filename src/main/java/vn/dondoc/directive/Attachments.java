package vn.dondoc.directive;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Texts;

/**
 * Files kept in the database beside the records they belong to. Type and size are checked
 * before anything is written; a refused file fails the whole save.
 */
@Component
class Attachments {

	private static final String COLUMNS = "id, file_name, content_type, size_bytes, uploaded_by, uploaded_at, update_id";

	private final JdbcClient jdbc;

	private final AttachmentSettings settings;

	Attachments(JdbcClient jdbc, AttachmentSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/**
	 * Refuses the first file that is too large, empty, or not one of the accepted types.
	 */
	void check(List<Upload> uploads, String field) {
		for (Upload upload : uploads) {
			String name = displayName(upload);
			if (upload.content().length == 0) {
				throw new RuleViolation(field, "attachment.empty", name);
			}
			if (upload.content().length > this.settings.maxSize().toBytes()) {
				throw new RuleViolation(field, "attachment.tooLarge", name, this.settings.maxSize().toMegabytes());
			}
			try {
				if (FileType.of(upload.content()).isEmpty()) {
					throw new RuleViolation(field, "attachment.type", name);
				}
			}
			catch (FileType.CompressionBomb bomb) {
				throw new RuleViolation(field, "attachment.compressed", name);
			}
		}
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void store(List<Upload> uploads, Long directiveId, Long taskId, Long updateId, String by, Instant at) {
		check(uploads, "files");
		for (Upload upload : uploads) {
			FileType type = FileType.of(upload.content()).orElseThrow();
			this.jdbc.sql("""
					INSERT INTO attachment (directive_id, task_id, update_id, file_name, content_type, size_bytes,
					                        sha256, content, uploaded_by, uploaded_at)
					VALUES (:directive, :task, :update, :name, :type, :size, :sha, :content, :by, :at)
					""")
				.param("directive", directiveId)
				.param("task", taskId)
				.param("update", updateId)
				.param("name", displayName(upload))
				.param("type", type.contentType())
				.param("size", upload.content().length)
				.param("sha", sha256(upload.content()))
				.param("content", upload.content())
				.param("by", by)
				.param("at", Timestamp.from(at))
				.update();
		}
	}

	List<Attachment> ofDirective(long directiveId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE directive_id = :id ORDER BY id")
			.param("id", directiveId)
			.query(Attachments::map)
			.list();
	}

	List<Attachment> ofTask(long taskId) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM attachment WHERE task_id = :id ORDER BY id")
			.param("id", taskId)
			.query(Attachments::map)
			.list();
	}

	/** A file with its content, for download. */
	Optional<StoredFile> load(long id) {
		return this.jdbc.sql("SELECT file_name, content_type, content FROM attachment WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	record StoredFile(String fileName, String contentType, byte[] content) {
	}

	private static String displayName(Upload upload) {
		String name = Texts.clean(upload.fileName());
		if (name == null) {
			return "tep-dinh-kem";
		}
		// Keep only the last path segment: some browsers send the whole client path.
		name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
		return (name.length() > 200) ? name.substring(name.length() - 200) : name;
	}

	private static String sha256(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Attachment map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new Attachment(rs.getLong("id"), rs.getString("file_name"), rs.getString("content_type"),
				rs.getLong("size_bytes"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
				(Long) rs.getObject("update_id"));
	}

}
