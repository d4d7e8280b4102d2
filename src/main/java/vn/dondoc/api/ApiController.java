package vn.dondoc.api;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.validation.Valid;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import vn.dondoc.account.Role;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Texts;
import vn.dondoc.directive.Actor;
import vn.dondoc.directive.ConfidentialContentRefused;
import vn.dondoc.directive.Confidentiality;
import vn.dondoc.directive.DeadlineMeaning;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveContent;
import vn.dondoc.directive.DirectiveReading;
import vn.dondoc.directive.DirectiveRegistration;
import vn.dondoc.directive.Task;
import vn.dondoc.directive.TaskCategory;
import vn.dondoc.directive.TaskDraft;
import vn.dondoc.directive.TaskStatus;
import vn.dondoc.directive.Timeliness;
import vn.dondoc.organisation.UnitManagement;

/**
 * Push an incoming directive with its tasks, read directives and tasks, and read the task
 * changes since a moment. The same rules as the web forms apply: duplicate numbers are
 * refused, and a confidential directive is only ever a placeholder.
 */
@RestController
@RequestMapping("/api/v1")
class ApiController {

	private final DirectiveRegistration registration;

	private final DirectiveReading reading;

	private final UnitManagement units;

	private final JdbcClient jdbc;

	private final Clock clock;

	ApiController(DirectiveRegistration registration, DirectiveReading reading, UnitManagement units, JdbcClient jdbc,
			Clock clock) {
		this.registration = registration;
		this.reading = reading;
		this.units = units;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@PostMapping("/directives")
	ResponseEntity<ApiModels.Created> push(@Valid @RequestBody ApiModels.DirectivePush push, Authentication caller) {
		Actor actor = new Actor(0, caller.getName(), 0, Set.of(Role.OFFICE));
		Map<String, Long> codes = this.units.activeIdsByCode();
		Confidentiality level = (push.confidentiality() != null) ? push.confidentiality() : Confidentiality.NORMAL;
		Directive directive;
		if (level.isConfidential()) {
			// SPEC §4: nothing of the document itself may enter the system.
			if (push.kind() != null || push.numberSymbol() != null || push.summary() != null || push.issueDate() != null
					|| push.signer() != null || push.signerPosition() != null || push.issuer() != null
					|| (push.tasks() != null && !push.tasks().isEmpty())) {
				throw new ConfidentialContentRefused();
			}
			directive = this.registration.registerPlaceholder(actor, level, push.receivedDate(),
					unit(codes, push.leadUnit(), "leadUnit"),
					(push.reportDueDates() != null) ? push.reportDueDates() : List.of());
		}
		else {
			if (push.kind() == null || Texts.clean(push.numberSymbol()) == null || push.issueDate() == null
					|| push.issuer() == null || Texts.clean(push.summary()) == null) {
				throw new RuleViolation(null, "api.directive.incomplete");
			}
			if (push.tasks() == null || push.tasks().isEmpty()) {
				throw new RuleViolation("tasks", "directive.tasks.required");
			}
			List<TaskDraft> drafts = new ArrayList<>();
			for (int i = 0; i < push.tasks().size(); i++) {
				drafts.add(draft(push.tasks().get(i), codes, "tasks[" + i + "]"));
			}
			DirectiveContent content = new DirectiveContent(push.kind(), Texts.clean(push.numberSymbol()),
					Texts.clean(push.summary()), push.issueDate(), Texts.clean(push.signer()), push.signerPosition(),
					push.issuer());
			try {
				directive = this.registration.register(actor, content, push.receivedDate(), drafts, List.of());
			}
			catch (DataIntegrityViolationException race) {
				// Pushed twice at once: the one that won is the existing one.
				throw new ApiProblems.AlreadyRegistered(
						this.registration.sameDocument(content.issuer(), content.numberSymbol(), content.issueDate())
							.orElseThrow(() -> race));
			}
		}
		List<Long> taskIds = this.reading.tasksOf(directive.getId()).stream().map(Task::getId).toList();
		return ResponseEntity.created(URI.create("/api/v1/directives/" + directive.getId()))
			.body(new ApiModels.Created(directive.getId(), directive.getRegisterCode(), taskIds));
	}

	@GetMapping("/directives/{id}")
	ApiModels.DirectiveJson directive(@PathVariable long id) {
		Directive directive = this.reading.record(id)
			.filter((found) -> !found.isConfidential())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No directive " + id));
		Map<Long, String> codes = unitIds();
		LocalDate today = LocalDate.now(this.clock);
		return new ApiModels.DirectiveJson(directive.getId(), directive.getRegisterCode(), directive.getKind(),
				directive.getNumberSymbol(), directive.getSummary(), directive.getIssueDate(), directive.getSigner(),
				directive.getIssuer(), directive.getReceivedDate(), directive.isReturned(),
				this.reading.tasksOf(id).stream().map((task) -> json(task, codes, today)).toList());
	}

	@GetMapping("/tasks/{id}")
	ApiModels.TaskJson task(@PathVariable long id) {
		Task task = this.reading.taskState(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "No task " + id));
		return json(task, unitIds(), LocalDate.now(this.clock));
	}

	/**
	 * Every recorded change of a task after {@code since} (ISO 8601 instant), oldest
	 * first, at most 500; call again with {@code next} for more.
	 */
	@GetMapping("/tasks/changes")
	ApiModels.Changes changes(@RequestParam String since) {
		Instant from;
		try {
			from = Instant.parse(since);
		}
		catch (DateTimeParseException ex) {
			throw new RuleViolation("since", "api.since.invalid");
		}
		// The database's timestamps reach from 4713 BC: an instant far outside the
		// application's years is refused as the forms refuse such a day.
		if (!vn.dondoc.common.DayParameter.plausible(LocalDate.ofInstant(from, java.time.ZoneOffset.UTC))) {
			throw new RuleViolation("since", "api.since.invalid");
		}
		List<ApiModels.Change> changes = this.jdbc
			.sql("""
					SELECT a.entity_id, a.action, a.occurred_at, t.status FROM audit_event a JOIN task t ON t.id = a.entity_id
					WHERE a.entity_type = 'TASK' AND a.occurred_at > :since ORDER BY a.occurred_at, a.id LIMIT 500
					""")
			.param("since", Timestamp.from(from))
			.query((rs, row) -> new ApiModels.Change(rs.getLong(1), rs.getString(2), rs.getTimestamp(3).toInstant(),
					TaskStatus.valueOf(rs.getString(4))))
			.list();
		return new ApiModels.Changes(changes, changes.isEmpty() ? from : changes.get(changes.size() - 1).at());
	}

	private TaskDraft draft(ApiModels.TaskPush push, Map<String, Long> codes, String field) {
		List<TaskDraft.PartDraft> parts = new ArrayList<>();
		if (push.coordinating() != null) {
			for (int j = 0; j < push.coordinating().size(); j++) {
				ApiModels.PartPush part = push.coordinating().get(j);
				parts.add(new TaskDraft.PartDraft(unit(codes, part.unit(), field + ".coordinating[" + j + "].unit"),
						Texts.clean(part.description()), part.deadline()));
			}
		}
		return new TaskDraft(Texts.clean(push.content()), !Boolean.FALSE.equals(push.mustReport()),
				(push.deadlineMeaning() != null) ? push.deadlineMeaning() : DeadlineMeaning.COMPLETE, push.deadline(),
				(push.category() != null) ? push.category() : TaskCategory.GENERAL,
				unit(codes, push.leadUnit(), field + ".leadUnit"), null, null, null, null, null, parts);
	}

	private static long unit(Map<String, Long> codes, String code, String field) {
		Long id = (code != null) ? codes.get(code.strip().toUpperCase(Locale.ROOT)) : null;
		if (id == null) {
			throw new RuleViolation(field, "api.unit.unknown", String.valueOf(code));
		}
		return id;
	}

	private Map<Long, String> unitIds() {
		Map<Long, String> ids = new HashMap<>();
		this.units.tree().forEach((node) -> ids.put(node.id(), node.code()));
		return ids;
	}

	private static ApiModels.TaskJson json(Task task, Map<Long, String> codes, LocalDate today) {
		return new ApiModels.TaskJson(task.getId(), task.getDirectiveId(), task.getSeq(), task.getContent(),
				codes.get(task.getLeadUnitId()), task.getDeadline(), task.getOriginalDeadline(), task.getStatus(),
				Timeliness.of(task.getStatus(), task.getDeadline(), task.getCompletedOn(), today),
				task.getCompletedOn(), task.getUrgeCount());
	}

}
