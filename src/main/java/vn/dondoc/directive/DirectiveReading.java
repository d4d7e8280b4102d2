package vn.dondoc.directive;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.account.Actor;
import vn.dondoc.account.UserDirectory;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.audit.AuditQueries;
import vn.dondoc.organisation.UnitDirectory;

/**
 * Reads one directive or one task with everything its page shows, in a constant number of
 * queries. A confidential placeholder is found only by those allowed to know it exists;
 * for anyone else it is simply not there.
 */
@Service
@Transactional(readOnly = true)
public class DirectiveReading {

	private final Directives directives;

	private final Tasks tasks;

	private final Attachments attachments;

	private final TaskJournal journal;

	private final UnitDirectory units;

	private final UserDirectory people;

	private final AuditQueries audit;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final TaskHistory historyReader;

	DirectiveReading(Directives directives, Tasks tasks, Attachments attachments, TaskJournal journal,
			UnitDirectory units, UserDirectory people, AuditQueries audit, JdbcClient jdbc, Clock clock,
			TaskHistory historyReader) {
		this.historyReader = historyReader;
		this.directives = directives;
		this.tasks = tasks;
		this.attachments = attachments;
		this.journal = journal;
		this.units = units;
		this.people = people;
		this.audit = audit;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Whether any directive has been registered yet. */
	public boolean anyRegistered() {
		return this.directives.count() > 0;
	}

	public Optional<DirectiveDetails> directive(long id, Actor actor) {
		Optional<Directive> found = this.directives.findById(id)
			.filter((d) -> !d.isConfidential() || TaskPolicy.canSeePlaceholder(actor, d.getLeadUnitId()));
		return found.map((directive) -> {
			List<Task> list = this.tasks.findByDirectiveIdOrderBySeq(id);
			list.forEach((task) -> task.getParts().size());
			Set<Long> unitIds = new HashSet<>();
			list.forEach((task) -> unitIds.add(task.getLeadUnitId()));
			if (directive.getLeadUnitId() != null) {
				unitIds.add(directive.getLeadUnitId());
			}
			List<DirectiveDetails.ConfidentialReport> reports = directive.isConfidential() ? this.jdbc
				.sql("SELECT id, due_date, sent_on, document_number FROM confidential_report WHERE directive_id = :d"
						+ " ORDER BY due_date")
				.param("d", id)
				.query((rs, row) -> new DirectiveDetails.ConfidentialReport(rs.getLong(1),
						TaskQueries.localDate(rs, "due_date"), TaskQueries.localDate(rs, "sent_on"), rs.getString(4)))
				.list() : List.of();
			List<AuditEntry> history = this.audit.history(DirectiveRegistration.AUDIT_TYPE, id);
			return new DirectiveDetails(directive, list, this.units.namesOf(unitIds),
					directive.isConfidential() ? List.of() : this.attachments.ofDirective(id), reports, history,
					LocalDate.now(this.clock));
		});
	}

	public Optional<TaskDetails> task(long id) {
		return this.tasks.findById(id).map((task) -> {
			Directive directive = this.directives.findById(task.getDirectiveId()).orElseThrow();
			Set<Long> unitIds = new HashSet<>();
			unitIds.add(task.getLeadUnitId());
			if (task.getMonitorUnitId() != null) {
				unitIds.add(task.getMonitorUnitId());
			}
			task.getParts().forEach((part) -> unitIds.add(part.getUnitId()));
			task.getExtensions().size();
			task.getOccurrences().size();
			List<ProgressEntry> progress = this.journal.progressOf(id);
			progress.forEach((entry) -> {
				if (entry.unitId() != null) {
					unitIds.add(entry.unitId());
				}
			});
			List<Long> personIds = new ArrayList<>();
			personIds.add(task.getAssigneeId());
			personIds.add(task.getMonitorUserId());
			List<AuditEntry> history = this.audit.history(TaskWorkflow.AUDIT_TYPE, id);
			return new TaskDetails(task, directive, this.units.namesOf(unitIds), this.people.namesOf(personIds),
					this.attachments.ofTask(id), progress, this.journal.urgesOf(id), history,
					this.people.membersOf(List.of(task.getLeadUnitId())), LocalDate.now(this.clock),
					this.journal.urgeCountsOf(id), this.historyReader.of(history));
		});
	}

	/**
	 * The tasks of a directive in order, with their parts, extensions and occurrences
	 * loaded.
	 */
	public List<Task> tasksOf(long directiveId) {
		List<Task> list = this.tasks.findByDirectiveIdOrderBySeq(directiveId);
		list.forEach(DirectiveReading::load);
		return list;
	}

	/** The directive record itself, whatever its confidentiality (callers decide). */
	public Optional<Directive> record(long id) {
		return this.directives.findById(id);
	}

	/** One task with its parts, extensions and occurrences loaded. */
	public Optional<Task> taskState(long id) {
		return this.tasks.findById(id).map(DirectiveReading::load);
	}

	private static Task load(Task task) {
		task.getParts().size();
		task.getExtensions().size();
		task.getOccurrences().size();
		return task;
	}

	/** A file reporting a task's result, with its content. */
	public record ResultFile(String name, String contentType, byte[] content) {

	}

	/**
	 * The files sent with the task's completion (its result report), the latest
	 * completion's if it was completed more than once.
	 */
	public List<ResultFile> resultFiles(long taskId) {
		return this.jdbc
			.sql("""
					SELECT a.file_name, a.content_type, a.content FROM attachment a
					WHERE a.task_id = :task AND a.update_id = (SELECT max(u.id) FROM task_update u WHERE u.task_id = :task AND u.kind = 'COMPLETION')
					ORDER BY a.id
					""")
			.param("task", taskId)
			.query((rs, row) -> new ResultFile(rs.getString(1), rs.getString(2), rs.getBytes(3)))
			.list();
	}

	/** Whether the file belongs to a record the person may read, and which. */
	public Optional<Attachments.StoredFile> attachment(long id) {
		// Confidential placeholders never hold files, so every stored file belongs to a
		// record that any signed-in person may read.
		return this.attachments.load(id);
	}

}
