package vn.dondoc.directive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.dondoc.account.Actor;
import vn.dondoc.audit.AuditTrail;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.organisation.UnitManagement;

/**
 * Registering directives with their tasks, confidential placeholders, leadership's
 * instruction and the return of a directive to its issuer.
 */
@Service
@Transactional
public class DirectiveRegistration {

	static final String AUDIT_TYPE = "DIRECTIVE";

	private final Directives directives;

	private final Tasks tasks;

	private final Attachments attachments;

	private final UnitManagement units;

	private final AuditTrail audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ObjectProvider<IncomingDocumentSource> incoming;

	private final ApplicationEventPublisher events;

	DirectiveRegistration(Directives directives, Tasks tasks, Attachments attachments, UnitManagement units,
			AuditTrail audit, JdbcClient jdbc, Clock clock, ObjectProvider<IncomingDocumentSource> incoming,
			ApplicationEventPublisher events) {
		this.incoming = incoming;
		this.events = events;
		this.directives = directives;
		this.tasks = tasks;
		this.attachments = attachments;
		this.units = units;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * The directive already registered with this number and symbol from this issuer in
	 * this year, if any.
	 */
	@Transactional(readOnly = true)
	public Optional<Directive> sameDocument(Issuer issuer, String numberSymbol, LocalDate issueDate) {
		if (issuer == null || numberSymbol == null || issueDate == null) {
			return Optional.empty();
		}
		return this.directives.findSameDocument(issuer, documentKey(numberSymbol), issueDate.getYear());
	}

	/**
	 * How a number and symbol is compared: "2468 / qđ-ubnd" and "2468/QĐ-UBND" are one
	 * document.
	 */
	public static String documentKey(String numberSymbol) {
		return numberSymbol.replaceAll("[\\s\u00A0]", "").toUpperCase(java.util.Locale.ROOT);
	}

	/**
	 * Registers a directive with its tasks and files in one transaction: all of it or
	 * nothing.
	 */
	public Directive register(Actor actor, DirectiveContent content, LocalDate receivedDate, List<TaskDraft> drafts,
			List<Upload> files) {
		return register(actor, content, receivedDate, drafts, files, null);
	}

	/**
	 * Registers a directive from a document that arrived by itself (edXML): its files
	 * become the directive's, and it is told which directive it became — in the same
	 * transaction.
	 * @param incomingId the arrived document ({@code null}: none)
	 */
	public Directive register(Actor actor, DirectiveContent content, LocalDate receivedDate, List<TaskDraft> drafts,
			List<Upload> files, Long incomingId) {
		if (!TaskPolicy.canRegister(actor)) {
			throw new AccessDeniedException("Only the office registers directives");
		}
		if (drafts.isEmpty()) {
			throw new RuleViolation(null, "directive.tasks.required");
		}
		Optional<Directive> existing = sameDocument(content.issuer(), content.numberSymbol(), content.issueDate());
		if (existing.isPresent()) {
			throw new DuplicateDirective(existing.get());
		}
		LocalDate today = LocalDate.now(this.clock);
		if (receivedDate.isAfter(today)) {
			throw new RuleViolation("receivedDate", "date.future");
		}
		if (content.issueDate().isAfter(receivedDate)) {
			throw new RuleViolation("issueDate", "directive.issueDate.afterReceived");
		}
		for (int i = 0; i < drafts.size(); i++) {
			checkUnits(drafts.get(i), "tasks[" + i + "]");
		}
		IncomingDocumentSource source = (incomingId != null) ? this.incoming.getIfAvailable() : null;
		if (incomingId != null) {
			if (source == null) {
				throw new RuleViolation(null, "incoming.unknown");
			}
			files = new ArrayList<>(files);
			files.addAll(source.claim(incomingId));
		}
		this.attachments.check(files, "files");
		Instant now = this.clock.instant();
		Directive directive = Directive.registered(nextRegisterCode("VB", today), content, receivedDate, actor.name(),
				now);
		// Should someone register the same document between the check and this insert,
		// the unique index refuses it and the controller names the winner.
		this.directives.saveAndFlush(directive);
		this.audit.recordChange("DIRECTIVE_REGISTERED", AUDIT_TYPE, directive.getId(), directive.label(), null,
				directive.auditState());
		List<Task> created = new ArrayList<>();
		for (int i = 0; i < drafts.size(); i++) {
			try {
				created.add(Task.create(directive.getId(), i + 1, drafts.get(i), receivedDate, now));
			}
			catch (RuleViolation violation) {
				throw violation.under("tasks[" + i + "].");
			}
		}
		this.tasks.saveAllAndFlush(created);
		for (Task task : created) {
			this.audit.recordChange("TASK_REGISTERED", TaskWorkflow.AUDIT_TYPE, task.getId(),
					TaskWorkflow.label(directive, task), null, task.auditState());
		}
		this.attachments.store(files, directive.getId(), null, null, actor.name(), now);
		if (source != null) {
			source.registered(incomingId, directive.getId(), actor);
		}
		return directive;
	}

	private void checkUnits(TaskDraft draft, String prefix) {
		if (!this.units.isActiveUnit(draft.leadUnitId())) {
			throw new RuleViolation(prefix + ".leadUnitId", "task.unit.invalid");
		}
		if (draft.monitorUnitId() != null && !this.units.isActiveUnit(draft.monitorUnitId())) {
			throw new RuleViolation(prefix + ".monitorUnitId", "task.unit.invalid");
		}
		for (int j = 0; j < draft.parts().size(); j++) {
			TaskDraft.PartDraft part = draft.parts().get(j);
			if (!this.units.isActiveUnit(part.unitId())) {
				throw new RuleViolation(prefix + ".parts[" + j + "].unitId", "task.unit.invalid");
			}
			if (part.unitId() == draft.leadUnitId()) {
				throw new RuleViolation(prefix + ".parts[" + j + "].unitId", "part.leadUnit");
			}
			for (int k = 0; k < j; k++) {
				if (draft.parts().get(k).unitId() == part.unitId()) {
					throw new RuleViolation(prefix + ".parts[" + j + "].unitId", "part.duplicateUnit");
				}
			}
		}
	}

	/**
	 * The placeholder of a confidential directive (SPEC §4): it takes no content by
	 * construction, and the dates on which the written confidential reports are due.
	 */
	public Directive registerPlaceholder(Actor actor, Confidentiality level, LocalDate receivedDate, long leadUnitId,
			List<LocalDate> reportDueDates) {
		if (!TaskPolicy.canRegister(actor)) {
			throw new AccessDeniedException("Only the office registers directives");
		}
		if (!level.isConfidential()) {
			throw new RuleViolation("level", "placeholder.level");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (receivedDate.isAfter(today)) {
			throw new RuleViolation("receivedDate", "date.future");
		}
		if (!this.units.isActiveUnit(leadUnitId)) {
			throw new RuleViolation("leadUnitId", "task.unit.invalid");
		}
		Directive directive = Directive.placeholder(nextRegisterCode("M", today), level, receivedDate, leadUnitId,
				actor.name(), this.clock.instant());
		this.directives.saveAndFlush(directive);
		for (LocalDate due : reportDueDates.stream().distinct().sorted().toList()) {
			this.jdbc.sql("INSERT INTO confidential_report (directive_id, due_date) VALUES (:d, :due)")
				.param("d", directive.getId())
				.param("due", due)
				.update();
		}
		Map<String, Object> state = directive.auditState();
		state.put("reportDueDates", reportDueDates.stream().map(String::valueOf).toList());
		this.audit.recordChange("PLACEHOLDER_REGISTERED", AUDIT_TYPE, directive.getId(), directive.label(), null,
				state);
		return directive;
	}

	/** That a written confidential report was sent: its date and document number only. */
	public void recordConfidentialReport(Actor actor, long directiveId, long reportId, LocalDate sentOn,
			String documentNumber) {
		Directive directive = load(directiveId);
		if (documentNumber.length() > 100) {
			throw new RuleViolation("documentNumber", "placeholder.report.required");
		}
		if (!directive.isConfidential() || !TaskPolicy.canRecordConfidentialReport(actor, directive.getLeadUnitId())) {
			throw new AccessDeniedException("Not allowed to record this report");
		}
		if (sentOn.isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolation("sentOn", "date.future");
		}
		int updated = this.jdbc.sql("""
				UPDATE confidential_report SET sent_on = :sent, document_number = :number
				WHERE id = :id AND directive_id = :directive AND sent_on IS NULL
				""")
			.param("sent", sentOn)
			.param("number", documentNumber)
			.param("id", reportId)
			.param("directive", directiveId)
			.update();
		if (updated == 0) {
			throw new RuleViolation(null, "placeholder.report.unknown");
		}
		this.audit.recordChange("CONFIDENTIAL_REPORT_SENT", AUDIT_TYPE, directiveId, directive.label(), null,
				Map.of("reportId", reportId, "sentOn", sentOn.toString(), "documentNumber", documentNumber));
	}

	public void instruct(Actor actor, long id, long version, String text) {
		if (!TaskPolicy.canInstruct(actor)) {
			throw new AccessDeniedException("Only leadership gives instructions");
		}
		Directive directive = load(id, version);
		Map<String, Object> before = directive.auditState();
		directive.instruct(text, actor.name(), this.clock.instant());
		this.directives.saveAndFlush(directive);
		this.audit.recordChange("DIRECTIVE_INSTRUCTED", AUDIT_TYPE, id, directive.label(), before,
				directive.auditState());
	}

	/**
	 * Returns the directive to Văn phòng UBND tỉnh; its tasks leave open work but stay on
	 * record.
	 */
	public void returnToIssuer(Actor actor, long id, long version, String reason) {
		if (!TaskPolicy.canReturnDirective(actor)) {
			throw new AccessDeniedException("Only the office returns directives");
		}
		Directive directive = load(id, version);
		Map<String, Object> before = directive.auditState();
		Instant now = this.clock.instant();
		directive.returnToIssuer(reason, actor.name(), now);
		for (Task task : this.tasks.findByDirectiveIdOrderBySeq(id)) {
			Map<String, Object> taskBefore = task.auditState();
			task.returnWithDirective(now);
			this.audit.recordChange("TASK_RETURNED_WITH_DIRECTIVE", TaskWorkflow.AUDIT_TYPE, task.getId(),
					TaskWorkflow.label(directive, task), taskBefore, task.auditState());
		}
		this.directives.saveAndFlush(directive);
		this.events.publishEvent(new TaskChanged(id, 0, TaskChanged.Step.OTHER, true, now));
		this.audit.recordChange("DIRECTIVE_RETURNED", AUDIT_TYPE, id, directive.label(), before,
				directive.auditState());
	}

	private Directive load(long id) {
		return this.directives.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private Directive load(long id, long version) {
		Directive directive = load(id);
		if (directive.getVersion() != version) {
			throw new OptimisticLockingFailureException("Directive " + id + " was changed by someone else");
		}
		return directive;
	}

	/**
	 * The next number of the series in the year, from 1 each year (V22). The counter's
	 * row stays locked until the registration commits, so numbers follow each other
	 * without a gap, and a rolled-back registration gives its number back.
	 */
	private String nextRegisterCode(String prefix, LocalDate today) {
		long next = this.jdbc.sql("""
				INSERT INTO register_counter AS c (series, year, last_number) VALUES (:series, :year, 1)
				ON CONFLICT (series, year) DO UPDATE SET last_number = c.last_number + 1
				RETURNING last_number
				""").param("series", prefix).param("year", today.getYear()).query(Long.class).single();
		return "%s-%d-%06d".formatted(prefix, today.getYear(), next);
	}

}
