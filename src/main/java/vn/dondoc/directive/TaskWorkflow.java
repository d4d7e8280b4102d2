package vn.dondoc.directive;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.dondoc.account.Actor;
import vn.dondoc.account.UserDirectory;
import vn.dondoc.audit.AuditTrail;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.organisation.UnitManagement;

/**
 * Every step of a task's life after registration (SPEC §3): each checks who is acting
 * ({@link TaskPolicy}), that nobody changed the task since the actor saw it, lets the
 * task check its state, and records the change with before and after in the audit trail.
 */
@Service
@Transactional
public class TaskWorkflow {

	static final String AUDIT_TYPE = "TASK";

	private final Tasks tasks;

	private final Directives directives;

	private final TaskJournal journal;

	private final Attachments attachments;

	private final UnitManagement units;

	private final UserDirectory people;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	TaskWorkflow(Tasks tasks, Directives directives, TaskJournal journal, Attachments attachments, UnitManagement units,
			UserDirectory people, AuditTrail audit, Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.tasks = tasks;
		this.directives = directives;
		this.journal = journal;
		this.attachments = attachments;
		this.units = units;
		this.people = people;
		this.audit = audit;
		this.clock = clock;
	}

	static String label(Directive directive, Task task) {
		return directive.label() + " – #" + task.getSeq();
	}

	public void forward(Actor actor, long id, long version) {
		change(actor, id, version, (t) -> TaskPolicy.canForward(actor), "TASK_FORWARDED",
				(task, now, today) -> task.forward(now));
	}

	public void accept(Actor actor, long id, long version, Long assigneeId) {
		change(actor, id, version, (t) -> TaskPolicy.canManage(actor, t), "TASK_ACCEPTED", (task, now, today) -> {
			checkAssignee(task, assigneeId);
			task.accept(assigneeId, now);
		});
	}

	public void assign(Actor actor, long id, long version, Long assigneeId) {
		change(actor, id, version, (t) -> TaskPolicy.canManage(actor, t), "TASK_ASSIGNED", (task, now, today) -> {
			checkAssignee(task, assigneeId);
			task.assign(assigneeId, now);
		});
	}

	public void addPart(Actor actor, long id, long version, long unitId, String description, LocalDate deadline) {
		change(actor, id, version, (t) -> TaskPolicy.canArrangeParts(actor, t), "TASK_PART_ADDED",
				(task, now, today) -> {
					if (!this.units.isActiveUnit(unitId)) {
						throw new RuleViolation("unitId", "task.unit.invalid");
					}
					task.addPart(unitId, description, deadline);
				});
	}

	/**
	 * Takes a coordinating unit off a task, until the lead unit has sent it its part; to
	 * change the unit, remove it and add the other.
	 */
	public void removePart(Actor actor, long id, long version, long partId) {
		change(actor, id, version, (t) -> TaskPolicy.canArrangeParts(actor, t), "TASK_PART_REMOVED",
				(task, now, today) -> task.removePart(partId, now));
	}

	public void forwardPart(Actor actor, long id, long version, long partId) {
		change(actor, id, version, (t) -> TaskPolicy.canManage(actor, t), "TASK_PART_FORWARDED",
				(task, now, today) -> task.forwardPart(partId, now));
	}

	/**
	 * A coordinating unit reports on its part, and may mark it done with its result.
	 */
	public void updatePart(Actor actor, long id, long version, long partId, String progress, boolean done,
			LocalDate doneOn, List<Upload> files) {
		Task task = load(id, version);
		TaskPart part = task.part(partId);
		if (!TaskPolicy.canUpdatePart(actor, part)) {
			throw new AccessDeniedException("Only the coordinating unit updates its part");
		}
		apply(actor, task, done ? "TASK_PART_DONE" : "TASK_PART_UPDATED", (t, now, today) -> {
			if (done) {
				t.completePart(partId, progress, (doneOn != null) ? doneOn : today, today, now);
			}
			else {
				t.progressPart(partId, now);
			}
			long entry = this.journal.addProgress(id, partId,
					done ? ProgressEntry.Kind.PART_DONE : ProgressEntry.Kind.PART, progress, null, null, actor, now);
			this.attachments.store(files, null, id, entry, actor.name(), now);
		});
	}

	public void progress(Actor actor, long id, long version, String progress, String proposal, String delayReason,
			List<Upload> files) {
		change(actor, id, version, (t) -> TaskPolicy.canUpdate(actor, t), "TASK_PROGRESS", (task, now, today) -> {
			task.recordProgress(now);
			long entry = this.journal.addProgress(id, null, ProgressEntry.Kind.PROGRESS, progress, proposal,
					delayReason, actor, now);
			this.attachments.store(files, null, id, entry, actor.name(), now);
		});
	}

	public void complete(Actor actor, long id, long version, String result, LocalDate on, List<Upload> files) {
		change(actor, id, version, (t) -> TaskPolicy.canUpdate(actor, t), "TASK_COMPLETED", (task, now, today) -> {
			task.complete(result, on, today, now);
			long entry = this.journal.addProgress(id, null, ProgressEntry.Kind.COMPLETION, result, null, null, actor,
					now);
			this.attachments.store(files, null, id, entry, actor.name(), now);
		});
	}

	public void completeOccurrence(Actor actor, long id, long version, long occurrenceId, String result, LocalDate on) {
		change(actor, id, version, (t) -> TaskPolicy.canUpdate(actor, t), "TASK_OCCURRENCE_DONE",
				(task, now, today) -> {
					task.completeOccurrence(occurrenceId, result, on, today, now);
					this.journal.addProgress(id, null, ProgressEntry.Kind.OCCURRENCE, result, null, null, actor, now);
				});
	}

	public void requestReturn(Actor actor, long id, long version, String reason) {
		change(actor, id, version, (t) -> TaskPolicy.canManage(actor, t), "TASK_RETURN_REQUESTED",
				(task, now, today) -> task.requestReturn(reason, actor.name(), now));
	}

	public void refuseReturn(Actor actor, long id, long version) {
		change(actor, id, version, (t) -> TaskPolicy.canDecide(actor), "TASK_RETURN_REFUSED",
				(task, now, today) -> task.refuseReturn(now));
	}

	public void reassign(Actor actor, long id, long version, long unitId) {
		change(actor, id, version, (t) -> TaskPolicy.canDecide(actor), "TASK_REASSIGNED", (task, now, today) -> {
			if (!this.units.isActiveUnit(unitId)) {
				throw new RuleViolation("unitId", "task.unit.invalid");
			}
			task.reassign(unitId, now);
		});
	}

	/** The unit asks for more time; leadership is told. */
	public void requestExtension(Actor actor, long id, long version, LocalDate newDeadline, String reason) {
		change(actor, id, version, (t) -> TaskPolicy.canManage(actor, t), "TASK_EXTENSION_REQUESTED",
				(task, now, today) -> {
					task.requestExtension(newDeadline, reason, actor.name(), today, now);
					TaskExtension asked = task.pendingExtension().orElseThrow();
					extensionChanged(task, ExtensionChanged.Stage.REQUESTED, asked, actor, asked.getReason(), now);
				});
	}

	/** Leadership decides; the unit's head and the assignee are told. */
	public void decideExtension(Actor actor, long id, long version, boolean approve, String note) {
		change(actor, id, version, (t) -> TaskPolicy.canDecide(actor),
				approve ? "TASK_EXTENSION_APPROVED" : "TASK_EXTENSION_REFUSED", (task, now, today) -> {
					TaskExtension asked = task.pendingExtension().orElse(null);
					task.decideExtension(approve, note, actor.name(), now);
					extensionChanged(task, approve ? ExtensionChanged.Stage.APPROVED : ExtensionChanged.Stage.REFUSED,
							asked, actor, note, now);
				});
	}

	private void extensionChanged(Task task, ExtensionChanged.Stage stage, TaskExtension extension, Actor actor,
			String note, Instant now) {
		if (extension == null) {
			return;
		}
		this.events.publishEvent(new ExtensionChanged(task.getId(), task.getContent(), task.getLeadUnitId(),
				task.getAssigneeId(), stage, extension.getPreviousDeadline(), extension.getRequestedDeadline(),
				actor.name(), actor.userId(), note, now));
	}

	public void recordNotice(Actor actor, long id, long version, String number, LocalDate date) {
		change(actor, id, version, (t) -> TaskPolicy.canUpdate(actor, t), "TASK_NOTICE_RECORDED",
				(task, now, today) -> task.recordNotice(number, date, today, now));
	}

	public void edit(Actor actor, long id, long version, TaskDraft details) {
		change(actor, id, version, (t) -> TaskPolicy.canEdit(actor), "TASK_EDITED", (task, now, today) -> {
			if (!this.units.isActiveUnit(details.leadUnitId())) {
				throw new RuleViolation("leadUnitId", "task.unit.invalid");
			}
			if (details.monitorUnitId() != null && !this.units.isActiveUnit(details.monitorUnitId())) {
				throw new RuleViolation("monitorUnitId", "task.unit.invalid");
			}
			task.edit(details.content(), details.mustReport(), details.deadlineMeaning(), details.category(),
					details.monitorUnitId(), details.monitorUserId(), details.deadline(), details.leadUnitId(), now);
		});
	}

	/**
	 * Logs an act of urging (Điều 7); urging adds to the record and changes nothing else,
	 * so it needs no version.
	 */
	public void urge(Actor actor, long id, UrgeChannel channel, UrgeWeight weight, String targetPerson, String note) {
		Task task = this.tasks.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (!TaskPolicy.canUrge(actor)) {
			throw new AccessDeniedException("Not allowed to urge");
		}
		if (!task.getStatus().isOpen()) {
			throw new RuleViolation(null, (task.getStatus() == TaskStatus.DONE) ? "task.done" : "task.returned");
		}
		Instant now = this.clock.instant();
		this.tasks.urged(id, now);
		this.journal.addUrge(id, channel, weight, actor.name(), task.getLeadUnitId(), targetPerson, note, now, false);
		this.audit.recordChange("TASK_URGED", AUDIT_TYPE, id, label(directiveOf(task), task), null,
				Map.of("channel", channel.name(), "weight", weight.name(), "note", String.valueOf(note)));
	}

	/**
	 * Logs a reminder the system sent about these tasks as urging through the system
	 * (Điều 7), counted on each task like any other urge — in two statements however many
	 * tasks the reminder lists.
	 */
	@Transactional(propagation = org.springframework.transaction.annotation.Propagation.MANDATORY)
	public void recordAutomaticUrges(java.util.Collection<Long> taskIds, String urgedBy, String targetPerson,
			String note) {
		if (!taskIds.isEmpty()) {
			this.journal.addAutomaticUrges(taskIds, urgedBy, targetPerson, note, this.clock.instant());
		}
	}

	private void checkAssignee(Task task, Long assigneeId) {
		if (assigneeId != null && !this.people.isActiveMemberOf(assigneeId, task.getLeadUnitId())) {
			throw new RuleViolation("assigneeId", "task.assignee.invalid");
		}
	}

	@FunctionalInterface
	private interface Step {

		void apply(Task task, Instant now, LocalDate today);

	}

	private void change(Actor actor, long id, long version, Predicate<Task> allowed, String action, Step step) {
		Task task = load(id, version);
		if (!allowed.test(task)) {
			throw new AccessDeniedException("Not allowed: " + action);
		}
		apply(actor, task, action, step);
	}

	private void apply(Actor actor, Task task, String action, Step step) {
		Map<String, Object> before = task.auditState();
		Instant forwardedBefore = task.getForwardedAt();
		Long assigneeBefore = task.getAssigneeId();
		Set<Long> partsForwardedBefore = task.getParts()
			.stream()
			.filter((part) -> part.getForwardedAt() != null)
			.map(TaskPart::getId)
			.collect(Collectors.toSet());
		Instant now = this.clock.instant();
		step.apply(task, now, LocalDate.now(this.clock));
		this.tasks.saveAndFlush(task);
		this.audit.recordChange(action, AUDIT_TYPE, task.getId(), label(directiveOf(task), task), before,
				task.auditState());
		announce(task, forwardedBefore, assigneeBefore, partsForwardedBefore, now);
		TaskChanged.Step meaning = (task.getForwardedAt() != null && forwardedBefore == null)
				? TaskChanged.Step.FORWARDED
				: PROGRESS_ACTIONS.contains(action) ? TaskChanged.Step.PROGRESS : TaskChanged.Step.OTHER;
		// Only a step that closes the task can leave its directive with none open: the
		// others are answered without asking the database.
		boolean settled = !task.getStatus().isOpen()
				&& this.tasks.countByDirectiveIdAndStatusIn(task.getDirectiveId(), OPEN) == 0;
		this.events.publishEvent(new TaskChanged(task.getDirectiveId(), task.getId(), meaning, settled, now));
	}

	private static final Set<String> PROGRESS_ACTIONS = Set.of("TASK_PROGRESS", "TASK_PART_UPDATED", "TASK_PART_DONE",
			"TASK_COMPLETED", "TASK_OCCURRENCE_DONE");

	private static final Set<TaskStatus> OPEN = java.util.EnumSet.of(TaskStatus.NOT_STARTED, TaskStatus.IN_PROGRESS);

	/**
	 * Tells the units and people a task has just reached (mail, in the same transaction).
	 */
	private void announce(Task task, Instant forwardedBefore, Long assigneeBefore, Set<Long> partsForwardedBefore,
			Instant now) {
		if (task.getForwardedAt() != null && !task.getForwardedAt().equals(forwardedBefore)) {
			this.events.publishEvent(new TaskAssigned(task.getId(), TaskAssigned.Target.UNIT, task.getLeadUnitId(),
					task.getContent(), task.getDeadline(), now));
		}
		if (task.getAssigneeId() != null && !task.getAssigneeId().equals(assigneeBefore)) {
			this.events.publishEvent(new TaskAssigned(task.getId(), TaskAssigned.Target.PERSON, task.getAssigneeId(),
					task.getContent(), task.getDeadline(), now));
		}
		for (TaskPart part : task.getParts()) {
			if (part.getForwardedAt() != null && !partsForwardedBefore.contains(part.getId())) {
				this.events.publishEvent(new TaskAssigned(task.getId(), TaskAssigned.Target.PART, part.getUnitId(),
						part.getDescription() + " – " + task.getContent(), part.getDeadline(), now));
			}
		}
	}

	private Directive directiveOf(Task task) {
		return this.directives.findById(task.getDirectiveId()).orElseThrow();
	}

	private Task load(long id, long version) {
		Task task = this.tasks.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (task.getVersion() != version) {
			throw new OptimisticLockingFailureException("Task " + id + " was changed by someone else");
		}
		return task;
	}

}
