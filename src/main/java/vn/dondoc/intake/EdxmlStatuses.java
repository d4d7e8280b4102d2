package vn.dondoc.intake;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.common.Vietnamese;

import static vn.dondoc.intake.EdxmlWriting.element;

/**
 * The edXML Status messages for the issuers of arrived documents, kept in an outbox of
 * their own: each code at most once per document (a unique key), numbered in the order
 * they were made, so that the document system can read them as a feed from a cursor.
 * Codes: 01 arrived, 02 refused, 03 registered, 04 a first task forwarded to a unit, 05
 * first progress, 06 all tasks done or returned, 13 recalled, 15/16 an update accepted or
 * not.
 */
@Component
public class EdxmlStatuses {

	static final String NAMESPACE = EdxmlWriting.NAMESPACE;

	private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("uuuu/MM/dd HH:mm:ss");

	/** A status message as the feed lists it. */
	public record Status(long id, long incomingId, String documentId, String code, String description,
			Instant createdAt, Instant deliveredAt) {

	}

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final IntakeSettings settings;

	private final Clock clock;

	private final String organisation;

	EdxmlStatuses(JdbcClient jdbc, MessageSource messages, IntakeSettings settings, Clock clock,
			@Value("${dondoc.organisation.name}") String organisation) {
		this.jdbc = jdbc;
		this.messages = messages;
		this.settings = settings;
		this.clock = clock;
		this.organisation = organisation;
	}

	/**
	 * Makes the status message, unless this code was made for this document before.
	 * @return whether it was made now
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	boolean add(IncomingDocument document, String code, String descriptionKey, Object... arguments) {
		String description = this.messages.getMessage(descriptionKey, arguments, Vietnamese.LOCALE);
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				INSERT INTO edxml_status (incoming_id, code, description, created_at, xml, next_attempt_at)
				VALUES (:incoming, :code, :description, :at, :xml, :next)
				ON CONFLICT (incoming_id, code) DO NOTHING
				""")
			.param("incoming", document.id())
			.param("code", code)
			.param("description", description)
			.param("at", Timestamp.from(now))
			.param("xml", xml(document, code, description, now))
			.param("next", Timestamp.from(now))
			.update() == 1;
	}

	/** The messages after the cursor, oldest first. */
	@Transactional(readOnly = true)
	public List<Status> after(long cursor, int limit) {
		return this.jdbc.sql("""
				SELECT s.id, s.incoming_id, d.document_id, s.code, s.description, s.created_at, s.delivered_at
				FROM edxml_status s JOIN incoming_document d ON d.id = s.incoming_id
				WHERE s.id > :cursor ORDER BY s.id LIMIT :limit
				""").param("cursor", cursor).param("limit", limit).query(EdxmlStatuses::status).list();
	}

	/** The messages of one document, in order. */
	@Transactional(readOnly = true)
	public List<Status> of(long incomingId) {
		return this.jdbc.sql("""
				SELECT s.id, s.incoming_id, d.document_id, s.code, s.description, s.created_at, s.delivered_at
				FROM edxml_status s JOIN incoming_document d ON d.id = s.incoming_id
				WHERE s.incoming_id = :id ORDER BY s.id
				""").param("id", incomingId).query(EdxmlStatuses::status).list();
	}

	/** One message as the XML the issuer receives. */
	@Transactional(readOnly = true)
	public Optional<String> xml(long id) {
		return this.jdbc.sql("SELECT xml FROM edxml_status WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.optional();
	}

	private static Status status(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		Timestamp delivered = rs.getTimestamp(7);
		return new Status(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4).strip(), rs.getString(5),
				rs.getTimestamp(6).toInstant(), (delivered != null) ? delivered.toInstant() : null);
	}

	/**
	 * The Status message (QCVN 102:2016): what it answers (ResponseFor), who answers
	 * (From), the code, its description and the moment.
	 */
	String xml(IncomingDocument document, String code, String description, Instant at) {
		java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
		try {
			XMLStreamWriter xml = EdxmlWriting.open(text);
			xml.writeStartElement(NAMESPACE, "Status");
			EdxmlWriting.responseFor(xml, document.fromOrganId(), document.numberSymbol(), document.promulgated(),
					document.documentId());
			EdxmlWriting.from(xml, this.settings.organId(), this.organisation);
			element(xml, "StatusCode", code);
			element(xml, "Description", description);
			element(xml, "Timestamp", MOMENT.format(at.atZone(this.clock.getZone())));
			EdxmlWriting.finish(xml);
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
		return text.toString(java.nio.charset.StandardCharsets.UTF_8);
	}

}
