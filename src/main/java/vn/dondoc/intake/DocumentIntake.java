package vn.dondoc.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.support.SqlBinaryValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dondoc.account.Role;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.SearchWords;
import vn.dondoc.common.Texts;
import vn.dondoc.account.Actor;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.directive.DirectiveRegistration;
import vn.dondoc.directive.FileType;
import vn.dondoc.directive.IncomingDocumentSource;
import vn.dondoc.directive.Issuer;
import vn.dondoc.directive.SignerPosition;
import vn.dondoc.directive.Upload;
import vn.dondoc.reading.Terms;

/**
 * Documents that arrive as edXML packages and wait for the office (issue 17): received
 * from the API or an upload, each once; registered (through the directive module's form),
 * refused with a reason, withdrawn by a recall. Every step leaves an edXML status message
 * for the issuer ({@link EdxmlStatuses}). A document marked secret is refused and nothing
 * of its content is kept (SPEC §4).
 */
@Service
@Transactional
public class DocumentIntake implements IncomingDocumentSource {

	private static final String COLUMNS = """
			id, document_id, from_organ_id, from_name, number_symbol, promulgated, place, type_name, subject,
			competence, position, signer, due_date, priority, business, state, reason, directive_id, replaces_id,
			recalled_at, recall_reason, package_size, received_at, received_by, decided_at, decided_by, version""";

	/** What a received package became. */
	public enum Outcome {

		/** A new document, waiting for the office. */
		ARRIVED,
		/** The same document arrived before: the receipt names that one. */
		DUPLICATE,
		/** A recall: the receipt names the document recalled. */
		RECALLED,
		/** An update or replacement, waiting for the office to accept it. */
		VERSION,
		/** Marked secret: refused, nothing of it kept. */
		CONFIDENTIAL

	}

	/** The document a package became, or the one it is about. */
	public record Receipt(long id, Outcome outcome) {

	}

	/** A file of a document, for download. */
	public record StoredFile(String name, String contentType, byte[] content) {

	}

	private final JdbcClient jdbc;

	private final EdxmlStatuses statuses;

	private final IntakeSettings settings;

	private final Clock clock;

	private final Path scratch;

	private final TransactionTemplate transactions;

	DocumentIntake(JdbcClient jdbc, EdxmlStatuses statuses, IntakeSettings settings, Clock clock,
			TransactionTemplate transactions) {
		this.transactions = transactions;
		this.jdbc = jdbc;
		this.statuses = statuses;
		this.settings = settings;
		this.clock = clock;
		this.scratch = Path.of(System.getProperty("java.io.tmpdir"), "dondoc-edxml");
	}

	/** The largest package accepted. */
	public long maxPackage() {
		return this.settings.maxPackage().toBytes();
	}

	/**
	 * Copies a package from a stream into a temporary file, refusing it once it passes
	 * the size limit; the caller deletes the file.
	 * @throws PackageTooLarge past the limit
	 */
	private Path spool(InputStream body) throws IOException {
		Files.createDirectories(this.scratch);
		Path file = Files.createTempFile(this.scratch, "package-", ".xml");
		long limit = maxPackage();
		try (InputStream in = body; var out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[64 * 1024];
			long total = 0;
			int n;
			while ((n = in.read(buffer)) > 0) {
				total += n;
				if (total > limit) {
					throw new PackageTooLarge(limit);
				}
				out.write(buffer, 0, n);
			}
		}
		catch (IOException | RuntimeException ex) {
			Files.deleteIfExists(file);
			throw ex;
		}
		return file;
	}

	/** A package over the limit. */
	public static final class PackageTooLarge extends IOException {

		private static final long serialVersionUID = 1L;

		private final long limit;

		PackageTooLarge(long limit) {
			super("The package is larger than " + limit + " bytes");
			this.limit = limit;
		}

		public long getLimit() {
			return this.limit;
		}

	}

	/**
	 * Receives a package from a stream: spooled to a file (refused past the limit), read
	 * and kept in one transaction — all of it or nothing. A second sending of the same
	 * document at the same moment is answered like any second sending: with the one kept.
	 * @param by who sent it (a token's name, or the person who uploaded it)
	 * @throws EdxmlRefused when it cannot be read or is incomplete, naming the element
	 * @throws PackageTooLarge past the limit
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
	public Receipt accept(InputStream body, String by) throws IOException {
		Path spooled = spool(body);
		try {
			return this.transactions.execute((status) -> receive(spooled, by));
		}
		catch (Duplicate race) {
			return new Receipt(same(race.documentId, race.fromKey, race.numberKey, race.year).orElseThrow(() -> race),
					Outcome.DUPLICATE);
		}
		catch (UncheckedIOException ex) {
			throw ex.getCause();
		}
		finally {
			Files.deleteIfExists(spooled);
		}
	}

	private Receipt receive(Path packageFile, String by) {
		try {
			EdxmlPackage pkg;
			try (InputStream in = Files.newInputStream(packageFile)) {
				pkg = new EdxmlReader(this.scratch).read(in);
			}
			try {
				return keep(pkg, packageFile, by);
			}
			finally {
				for (EdxmlPackage.Attachment attachment : pkg.attachments()) {
					Files.deleteIfExists(attachment.file());
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Receipt keep(EdxmlPackage pkg, Path packageFile, String by) throws IOException {
		String fromKey = fromKey(pkg);
		String numberKey = numberKey(pkg.numberSymbol());
		Integer year = (pkg.promulgated() != null) ? pkg.promulgated().getYear() : null;
		if (pkg.business() == 1) {
			return recall(pkg, fromKey, numberKey, year, by);
		}
		Long replaces = null;
		if (pkg.business() != 0) {
			replaces = original(pkg, fromKey, numberKey, year)
				.orElseThrow(() -> new EdxmlRefused("Bussiness", "edxml.original"))
				.id();
		}
		else {
			Optional<Long> existing = same(pkg.documentId(), fromKey, numberKey, year);
			if (existing.isPresent()) {
				return new Receipt(existing.get(), Outcome.DUPLICATE);
			}
		}
		Instant now = this.clock.instant();
		long size = Files.size(packageFile);
		if (pkg.isSecret()) {
			// SPEC §4: only what identifies the document to its issuer, for the refusal.
			long id = this.jdbc.sql("""
					INSERT INTO incoming_document (document_id, from_organ_id, from_name, from_key, number_symbol,
					    number_key, promulgated, doc_year, business, state, package_size, received_at, received_by)
					VALUES (:documentId, :organ, :fromName, :fromKey, :number, :numberKey, :promulgated, :year,
					    :business, 'CONFIDENTIAL', :size, :at, :by)
					RETURNING id
					""")
				.param("documentId", pkg.documentId())
				.param("organ", pkg.fromOrganId())
				.param("fromName", pkg.fromName())
				.param("fromKey", fromKey)
				.param("number", pkg.numberSymbol())
				.param("numberKey", numberKey)
				.param("promulgated", pkg.promulgated())
				.param("year", year)
				.param("business", pkg.business())
				.param("size", size)
				.param("at", Timestamp.from(now))
				.param("by", by)
				.query(Long.class)
				.single();
			this.statuses.add(load(id), "02", "edxml.status.confidential");
			return new Receipt(id, Outcome.CONFIDENTIAL);
		}
		List<Checked> files = check(pkg.attachments());
		long id;
		try (InputStream content = Files.newInputStream(packageFile)) {
			DigestInputStream digest = new DigestInputStream(content, sha256());
			id = this.jdbc.sql("""
					INSERT INTO incoming_document (document_id, from_organ_id, from_name, from_key, number_symbol,
					    number_key, promulgated, doc_year, place, type_name, subject, competence, position, signer,
					    due_date, priority, business, state, replaces_id, package, package_size, package_sha256,
					    received_at, received_by)
					VALUES (:documentId, :organ, :fromName, :fromKey, :number, :numberKey, :promulgated, :year, :place,
					    :type, :subject, :competence, :position, :signer, :due, :priority, :business, 'ARRIVED',
					    :replaces, :package, :size, '', :at, :by)
					RETURNING id
					""")
				.param("documentId", cut(pkg.documentId(), 300))
				.param("organ", cut(pkg.fromOrganId(), 100))
				.param("fromName", cut(pkg.fromName(), 500))
				.param("fromKey", fromKey)
				.param("number", cut(pkg.numberSymbol(), 100))
				.param("numberKey", numberKey)
				.param("promulgated", pkg.promulgated())
				.param("year", year)
				.param("place", cut(pkg.place(), 200))
				.param("type", cut(pkg.typeName(), 200))
				.param("subject", pkg.subject())
				.param("competence", cut(pkg.competence(), 200))
				.param("position", cut(pkg.position(), 200))
				.param("signer", cut(pkg.signer(), 200))
				.param("due", pkg.dueDate())
				.param("priority", Math.max(0, Math.min(3, pkg.priority())))
				.param("business", pkg.business())
				.param("replaces", replaces)
				.param("package", new SqlBinaryValue(digest, size))
				.param("size", size)
				.param("at", Timestamp.from(now))
				.param("by", by)
				.query(Long.class)
				.single();
			this.jdbc.sql("UPDATE incoming_document SET package_sha256 = :sha WHERE id = :id")
				.param("sha", HexFormat.of().formatHex(digest.getMessageDigest().digest()))
				.param("id", id)
				.update();
		}
		catch (DuplicateKeyException race) {
			// Sent twice at once: the other one was kept. The caller's transaction is
			// spoilt, so the existing one is named by a new call.
			throw new Duplicate(pkg.documentId(), fromKey, numberKey, year);
		}
		int seq = 0;
		for (Checked file : files) {
			try (InputStream content = Files.newInputStream(file.attachment().file())) {
				DigestInputStream digest = new DigestInputStream(content, sha256());
				long fileId = this.jdbc.sql("""
						INSERT INTO incoming_file (incoming_id, seq, content_id, file_name, content_type, size_bytes,
						    sha256, content)
						VALUES (:incoming, :seq, :cid, :name, :type, :size, '', :content)
						RETURNING id
						""")
					.param("incoming", id)
					.param("seq", ++seq)
					.param("cid", cut(file.attachment().contentId(), 300))
					.param("name", file.name())
					.param("type", file.type().contentType())
					.param("size", file.attachment().size())
					.param("content", new SqlBinaryValue(digest, file.attachment().size()))
					.query(Long.class)
					.single();
				this.jdbc.sql("UPDATE incoming_file SET sha256 = :sha WHERE id = :id")
					.param("sha", HexFormat.of().formatHex(digest.getMessageDigest().digest()))
					.param("id", fileId)
					.update();
			}
		}
		this.statuses.add(load(id), "01", "edxml.status.arrived");
		return new Receipt(id, (replaces != null) ? Outcome.VERSION : Outcome.ARRIVED);
	}

	/** Two sends of one document at once: the one kept, looked up after the rollback. */
	private static final class Duplicate extends RuntimeException {

		private static final long serialVersionUID = 1L;

		private final String documentId;

		private final String fromKey;

		private final String numberKey;

		private final Integer year;

		Duplicate(String documentId, String fromKey, String numberKey, Integer year) {
			super("The document arrived at the same moment from another call", null, false, false);
			this.documentId = documentId;
			this.fromKey = fromKey;
			this.numberKey = numberKey;
			this.year = year;
		}

	}

	private Optional<Long> same(String documentId, String fromKey, String numberKey, Integer year) {
		return this.jdbc.sql("""
				SELECT id FROM incoming_document
				WHERE business = 0 AND ((document_id = :documentId)
				   OR (from_key = :fromKey AND number_key = :numberKey AND doc_year = :year))
				ORDER BY id LIMIT 1
				""")
			.param("documentId", documentId)
			.param("fromKey", fromKey)
			.param("numberKey", numberKey)
			.param("year", year)
			.query(Long.class)
			.optional();
	}

	/** The document a recall, update or replacement is about. */
	private Optional<IncomingDocument> original(EdxmlPackage pkg, String fromKey, String numberKey, Integer year) {
		String documentId = (pkg.businessDocumentId() != null) ? pkg.businessDocumentId() : pkg.documentId();
		return same(documentId, fromKey, numberKey, year).map(this::load);
	}

	private Receipt recall(EdxmlPackage pkg, String fromKey, String numberKey, Integer year, String by) {
		IncomingDocument original = original(pkg, fromKey, numberKey, year)
			.orElseThrow(() -> new EdxmlRefused("Bussiness", "edxml.original"));
		String reason = Texts.clean(pkg.businessReason());
		Instant now = this.clock.instant();
		if (original.isWaiting()) {
			this.jdbc.sql("""
					UPDATE incoming_document SET state = 'WITHDRAWN', recalled_at = :at, recall_reason = :reason,
					    decided_at = :at, decided_by = :by, version = version + 1
					WHERE id = :id
					""")
				.param("at", Timestamp.from(now))
				.param("reason", reason)
				.param("by", cut(by, 100))
				.param("id", original.id())
				.update();
			this.statuses.add(load(original.id()), "13", "edxml.status.recalled");
		}
		else if (original.recalledAt() == null) {
			// Registered (or refused) already: the office is shown the recall and
			// decides.
			this.jdbc.sql("""
					UPDATE incoming_document SET recalled_at = :at, recall_reason = :reason, version = version + 1
					WHERE id = :id
					""").param("at", Timestamp.from(now)).param("reason", reason).param("id", original.id()).update();
		}
		return new Receipt(original.id(), Outcome.RECALLED);
	}

	private record Checked(EdxmlPackage.Attachment attachment, String name, FileType type) {

	}

	/**
	 * Each file is one of the types a directive keeps, and is what it says it is: its
	 * content decides, its declared type must agree.
	 */
	private static List<Checked> check(List<EdxmlPackage.Attachment> attachments) throws IOException {
		List<Checked> checked = new ArrayList<>();
		for (EdxmlPackage.Attachment attachment : attachments) {
			String name = Upload.name(attachment.name());
			if (name == null) {
				name = "tep-" + (checked.size() + 1);
			}
			name = cut(name, 255);
			Optional<FileType> type;
			try {
				type = FileType.of(Files.readAllBytes(attachment.file()));
			}
			catch (FileType.CompressionBomb bomb) {
				throw new EdxmlRefused("Attachment", "edxml.bomb", name);
			}
			if (type.isEmpty()) {
				throw new EdxmlRefused("Attachment", "edxml.type", name);
			}
			String declared = (attachment.contentType() != null)
					? attachment.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT) : null;
			if (declared != null && !declared.isEmpty() && !declared.equals("application/octet-stream")
					&& !declared.equals(type.get().contentType())) {
				throw new EdxmlRefused("ContentType", "edxml.typeMismatch", name, declared, type.get().contentType());
			}
			checked.add(new Checked(attachment, name, type.get()));
		}
		return checked;
	}

	@Transactional(readOnly = true)
	public Optional<IncomingDocument> find(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM incoming_document WHERE id = :id")
			.param("id", id)
			.query(DocumentIntake::map)
			.optional();
	}

	/** The document a directive was registered from, if it arrived as a package. */
	@Transactional(readOnly = true)
	public Optional<IncomingDocument> ofDirective(long directiveId) {
		return this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM incoming_document WHERE directive_id = :d AND state = 'REGISTERED' ORDER BY id LIMIT 1")
			.param("d", directiveId)
			.query(DocumentIntake::map)
			.optional();
	}

	private IncomingDocument load(long id) {
		return find(id).orElseThrow();
	}

	@Transactional(readOnly = true)
	public Page<IncomingDocument> list(int page, int size) {
		int number = Math.max(0, page);
		long total = this.jdbc.sql("SELECT count(*) FROM incoming_document").query(Long.class).single();
		List<IncomingDocument> rows = this.jdbc
			.sql("SELECT " + COLUMNS
					+ " FROM incoming_document ORDER BY received_at DESC, id DESC LIMIT :size OFFSET :offset")
			.param("size", size)
			.param("offset", (long) number * size)
			.query(DocumentIntake::map)
			.list();
		return new PageImpl<>(rows, PageRequest.of(number, size), total);
	}

	/** How many wait for the office. */
	@Transactional(readOnly = true)
	public long waiting() {
		return this.jdbc.sql("SELECT count(*) FROM incoming_document WHERE state = 'ARRIVED'")
			.query(Long.class)
			.single();
	}

	@Transactional(readOnly = true)
	public List<IncomingDocumentSource.File> files(long id) {
		return this.jdbc.sql(
				"SELECT id, file_name, content_type, size_bytes FROM incoming_file WHERE incoming_id = :id ORDER BY seq")
			.param("id", id)
			.query((rs, row) -> new IncomingDocumentSource.File(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getLong(4)))
			.list();
	}

	@Transactional(readOnly = true)
	public Optional<StoredFile> file(long id, long fileId) {
		return this.jdbc
			.sql("SELECT file_name, content_type, content FROM incoming_file WHERE id = :file AND incoming_id = :id")
			.param("file", fileId)
			.param("id", id)
			.query((rs, row) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.optional();
	}

	/** The package as it was received. */
	@Transactional(readOnly = true)
	public Optional<byte[]> packageOf(long id) {
		return this.jdbc.sql("SELECT package FROM incoming_document WHERE id = :id AND package IS NOT NULL")
			.param("id", id)
			.query((rs, row) -> rs.getBytes(1))
			.optional();
	}

	/** The office refuses the document, saying why; the issuer is told (02). */
	public void refuse(Actor actor, long id, long version, String reason) {
		requireOffice(actor);
		String why = Texts.clean(reason);
		if (why == null) {
			throw new RuleViolation("reason", "incoming.reason.required");
		}
		if (why.length() > 2000) {
			throw new RuleViolation("reason", "incoming.reason.long");
		}
		IncomingDocument document = decide(id, version);
		this.jdbc.sql("""
				UPDATE incoming_document SET state = 'REFUSED', reason = :reason, decided_at = :at, decided_by = :by,
				    version = version + 1
				WHERE id = :id
				""")
			.param("reason", why)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", cut(actor.name(), 100))
			.param("id", document.id())
			.update();
		this.statuses.add(load(id), "02", "edxml.status.refused", why);
	}

	/**
	 * The office finds the document is secret (a stamp the package did not say): it is
	 * refused like a package marked secret — its content, files and package are erased,
	 * only what identifies it to its issuer is kept — and the issuer is told (02).
	 */
	public void markSecret(Actor actor, long id, long version) {
		requireOffice(actor);
		IncomingDocument document = decide(id, version);
		this.jdbc.sql("DELETE FROM incoming_file WHERE incoming_id = :id").param("id", document.id()).update();
		this.jdbc.sql("""
				UPDATE incoming_document SET state = 'CONFIDENTIAL', subject = NULL, place = NULL, type_name = NULL,
				    competence = NULL, position = NULL, signer = NULL, due_date = NULL, package = NULL,
				    package_sha256 = NULL, decided_at = :at, decided_by = :by, version = version + 1
				WHERE id = :id
				""")
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", cut(actor.name(), 100))
			.param("id", document.id())
			.update();
		this.statuses.add(load(id), "02", "edxml.status.confidential");
	}

	/**
	 * The office takes an update or replacement (15: its facts replace the document's
	 * where it is not registered yet) or leaves it (16).
	 */
	public void decideVersion(Actor actor, long id, long version, boolean accept) {
		requireOffice(actor);
		IncomingDocument update = decide(id, version);
		if (update.isNew()) {
			throw new RuleViolation(null, "incoming.notVersion");
		}
		Timestamp now = Timestamp.from(this.clock.instant());
		this.jdbc.sql("""
				UPDATE incoming_document SET state = :state, decided_at = :at, decided_by = :by, version = version + 1
				WHERE id = :id
				""")
			.param("state", accept ? "ACCEPTED" : "DECLINED")
			.param("at", now)
			.param("by", cut(actor.name(), 100))
			.param("id", id)
			.update();
		this.statuses.add(load(id), accept ? "15" : "16", accept ? "edxml.status.updated" : "edxml.status.notUpdated");
	}

	/** The document, locked until the transaction ends: one decision at a time. */
	private Optional<IncomingDocument> locked(long id) {
		return this.jdbc.sql("SELECT " + COLUMNS + " FROM incoming_document WHERE id = :id FOR UPDATE")
			.param("id", id)
			.query(DocumentIntake::map)
			.optional();
	}

	private IncomingDocument decide(long id, long version) {
		IncomingDocument document = locked(id)
			.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
					org.springframework.http.HttpStatus.NOT_FOUND));
		if (document.version() != version) {
			throw new OptimisticLockingFailureException("Incoming document " + id + " was changed by someone else");
		}
		if (!document.isWaiting()) {
			throw new RuleViolation(null, "incoming.decided");
		}
		return document;
	}

	private static void requireOffice(Actor actor) {
		if (!actor.roles().contains(Role.OFFICE)) {
			throw new AccessDeniedException("Only the office decides on arrived documents");
		}
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<Draft> draft(long incomingId) {
		return find(incomingId).filter(IncomingDocument::isNew)
			.filter((d) -> d.subject() != null)
			.map((d) -> new Draft(d.id(),
					code(DirectiveKind.class, Terms.kind(d.typeName(), d.numberSymbol(), d.subject())),
					d.numberSymbol(), d.subject(), d.promulgated(), d.signer(),
					code(SignerPosition.class, (d.position() != null) ? Terms.positionIn(d.position()) : null),
					code(Issuer.class, (d.fromName() != null) ? Terms.issuerOf(d.fromName()) : null),
					LocalDate.ofInstant(d.receivedAt(), this.clock.getZone()), d.fromName(), d.competence(), d.place(),
					d.priority(), d.dueDate(), files(d.id()), d.isWaiting()));
	}

	@Override
	public List<Upload> claim(long incomingId) {
		IncomingDocument document = locked(incomingId).orElseThrow(() -> new RuleViolation(null, "incoming.unknown"));
		if (!document.isWaiting() || !document.isNew()) {
			throw new RuleViolation(null, "incoming.decided");
		}
		return this.jdbc.sql("SELECT file_name, content FROM incoming_file WHERE incoming_id = :id ORDER BY seq")
			.param("id", incomingId)
			.query((rs, row) -> new Upload(rs.getString(1), rs.getBytes(2)))
			.list();
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<byte[]> fileContent(long incomingId, long fileId) {
		return file(incomingId, fileId).map(StoredFile::content);
	}

	@Override
	public void registered(long incomingId, long directiveId, Actor actor) {
		this.jdbc.sql("""
				UPDATE incoming_document SET state = 'REGISTERED', directive_id = :directive, decided_at = :at,
				    decided_by = :by, version = version + 1
				WHERE id = :id AND state = 'ARRIVED'
				""")
			.param("directive", directiveId)
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", cut(actor.name(), 100))
			.param("id", incomingId)
			.update();
		this.statuses.add(load(incomingId), "03", "edxml.status.registered");
	}

	private static <E extends Enum<E>> E code(Class<E> type, String code) {
		return (code != null) ? Enum.valueOf(type, code) : null;
	}

	private static String fromKey(EdxmlPackage pkg) {
		String key = (pkg.fromOrganId() != null) ? pkg.fromOrganId() : String.join(" ", SearchWords.of(pkg.fromName()));
		return cut(key, 500);
	}

	/**
	 * A number and symbol as the register compares them ("2468 / qđ-ubnd" =
	 * "2468/QĐ-UBND").
	 */
	private static String numberKey(String numberSymbol) {
		return cut(DirectiveRegistration.documentKey(numberSymbol), 100);
	}

	private static String cut(String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static IncomingDocument map(ResultSet rs, int row) throws SQLException {
		return new IncomingDocument(rs.getLong("id"), rs.getString("document_id"), rs.getString("from_organ_id"),
				rs.getString("from_name"), rs.getString("number_symbol"), rs.getObject("promulgated", LocalDate.class),
				rs.getString("place"), rs.getString("type_name"), rs.getString("subject"), rs.getString("competence"),
				rs.getString("position"), rs.getString("signer"), rs.getObject("due_date", LocalDate.class),
				rs.getInt("priority"), rs.getInt("business"), rs.getString("state"), rs.getString("reason"),
				(Long) rs.getObject("directive_id"), (Long) rs.getObject("replaces_id"), instant(rs, "recalled_at"),
				rs.getString("recall_reason"), rs.getLong("package_size"), instant(rs, "received_at"),
				rs.getString("received_by"), instant(rs, "decided_at"), rs.getString("decided_by"),
				rs.getLong("version"));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp at = rs.getTimestamp(column);
		return (at != null) ? at.toInstant() : null;
	}

}
