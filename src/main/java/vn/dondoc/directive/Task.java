package vn.dondoc.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.dondoc.common.RuleViolation;

/**
 * A task assigned to the Department by a directive (SPEC §3). It guards its own workflow:
 * each method refuses a step that its current state does not allow. Who may take a step
 * is {@link TaskPolicy}'s concern.
 */
@Entity
@Table(name = "task")
public class Task {

	/** Recurring tasks are tracked for at most this many occurrences. */
	static final int MAX_OCCURRENCES = 60;

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "directive_id")
	private Long directiveId;

	private int seq;

	private String content;

	private boolean mustReport;

	@Enumerated(EnumType.STRING)
	private DeadlineMeaning deadlineMeaning;

	private LocalDate originalDeadline;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	private TaskCategory category;

	@Column(name = "lead_unit_id")
	private Long leadUnitId;

	@Column(name = "monitor_unit_id")
	private Long monitorUnitId;

	@Column(name = "monitor_user_id")
	private Long monitorUserId;

	@Column(name = "assignee_id")
	private Long assigneeId;

	@Enumerated(EnumType.STRING)
	private TaskStatus status = TaskStatus.NOT_STARTED;

	private Instant forwardedAt;

	private Instant acceptedAt;

	private String returnRequestReason;

	private Instant returnRequestedAt;

	private String returnRequestedBy;

	private LocalDate completedOn;

	private String result;

	private String noticeNumber;

	private LocalDate noticeDate;

	@Enumerated(EnumType.STRING)
	private Recurrence recurrence;

	private Integer recurrenceDay;

	private LocalDate recurrenceUntil;

	private int urgeCount;

	private Instant lastUrgedAt;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true)
	@JoinColumn(name = "task_id", nullable = false)
	@OrderBy("id")
	private List<TaskPart> parts = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "task_id", nullable = false)
	@OrderBy("id")
	private List<TaskExtension> extensions = new ArrayList<>();

	@OneToMany(cascade = CascadeType.ALL)
	@JoinColumn(name = "task_id", nullable = false)
	@OrderBy("seq")
	private List<TaskOccurrence> occurrences = new ArrayList<>();

	protected Task() {
	}

	static Task create(long directiveId, int seq, TaskDraft draft, LocalDate start, Instant now) {
		Task task = new Task();
		task.directiveId = directiveId;
		task.seq = seq;
		task.content = Objects.requireNonNull(draft.content());
		task.mustReport = draft.mustReport();
		task.category = Objects.requireNonNull(draft.category());
		task.leadUnitId = draft.leadUnitId();
		task.monitorUnitId = draft.monitorUnitId();
		task.monitorUserId = draft.monitorUserId();
		task.createdAt = now;
		task.updatedAt = now;
		if (draft.recurrence() != null) {
			task.recurrence = draft.recurrence();
			task.recurrenceDay = draft.recurrenceDay();
			task.recurrenceUntil = draft.recurrenceUntil();
			List<LocalDate> dues = occurrenceDates(draft.recurrence(), draft.recurrenceDay(), start,
					draft.recurrenceUntil());
			if (dues.isEmpty()) {
				throw new RuleViolation("recurrenceUntil", "task.recurrence.empty");
			}
			for (int i = 0; i < dues.size(); i++) {
				task.occurrences.add(new TaskOccurrence(i + 1, dues.get(i)));
			}
			task.originalDeadline = dues.get(0);
			task.deadline = dues.get(0);
			task.deadlineMeaning = draft.deadlineMeaning();
		}
		else if (draft.deadline() != null) {
			task.originalDeadline = draft.deadline();
			task.deadline = draft.deadline();
			task.deadlineMeaning = draft.deadlineMeaning();
		}
		for (TaskDraft.PartDraft part : draft.parts()) {
			task.addPart(part.unitId(), part.description(), part.deadline());
		}
		return task;
	}

	/**
	 * The due dates of a recurring task from the day after {@code start} to
	 * {@code until}: monthly on day N of every month, quarterly of the last month of each
	 * quarter, half-yearly of June and December, yearly of December. Day N is moved back
	 * to the month's last day where the month is shorter.
	 */
	static List<LocalDate> occurrenceDates(Recurrence recurrence, int day, LocalDate start, LocalDate until) {
		List<LocalDate> dates = new ArrayList<>();
		YearMonth month = YearMonth.from(start);
		while (dates.size() < MAX_OCCURRENCES) {
			if (month.getMonthValue() % recurrence.months() == 0) {
				LocalDate due = month.atDay(Math.min(day, month.lengthOfMonth()));
				if (due.isAfter(until)) {
					break;
				}
				if (due.isAfter(start)) {
					dates.add(due);
				}
			}
			month = month.plusMonths(1);
		}
		return dates;
	}

	// Workflow (Điều 5)

	/** The office sends the task to its lead unit (Điều 5.1b). */
	void forward(Instant now) {
		requireOpen();
		if (this.forwardedAt != null) {
			throw new RuleViolation(null, "task.alreadyForwarded");
		}
		this.forwardedAt = now;
		touch(now);
	}

	/** The lead unit takes the task on, optionally naming the officer who carries it. */
	void accept(Long assigneeId, Instant now) {
		requireOpen();
		requireForwarded();
		requireNoReturnRequest();
		if (this.acceptedAt != null) {
			throw new RuleViolation(null, "task.alreadyAccepted");
		}
		this.acceptedAt = now;
		this.assigneeId = assigneeId;
		this.status = TaskStatus.IN_PROGRESS;
		touch(now);
	}

	void assign(Long assigneeId, Instant now) {
		requireAccepted();
		this.assigneeId = assigneeId;
		touch(now);
	}

	TaskPart addPart(long unitId, String description, LocalDate deadline) {
		requireOpen();
		if (unitId == this.leadUnitId) {
			throw new RuleViolation("unitId", "part.leadUnit");
		}
		if (partOf(unitId).isPresent()) {
			throw new RuleViolation("unitId", "part.duplicateUnit");
		}
		TaskPart part = new TaskPart(unitId, description, deadline);
		this.parts.add(part);
		return part;
	}

	/** A part not yet sent to its unit can still be taken off. */
	void removePart(long partId, Instant now) {
		requireOpen();
		TaskPart part = part(partId);
		if (part.isForwarded()) {
			throw new RuleViolation(null, "part.alreadyForwarded");
		}
		this.parts.remove(part);
		touch(now);
	}

	/** The lead unit sends a part to its coordinating unit at once (Điều 5.2a). */
	void forwardPart(long partId, Instant now) {
		requireAccepted();
		part(partId).forward(now);
		touch(now);
	}

	void progressPart(long partId, Instant now) {
		requireOpen();
		part(partId).progress();
		touch(now);
	}

	void completePart(long partId, String result, LocalDate on, LocalDate today, Instant now) {
		requireOpen();
		requireNotFuture(on, today);
		part(partId).complete(result, on);
		touch(now);
	}

	/** A progress report by the lead unit. */
	void recordProgress(Instant now) {
		requireAccepted();
		touch(now);
	}

	/** Done, with its result (e.g. the number of the report sent) and date. */
	void complete(String result, LocalDate on, LocalDate today, Instant now) {
		requireAccepted();
		requireNotFuture(on, today);
		if (isRecurring() && this.occurrences.stream().anyMatch((o) -> !o.isDone())) {
			throw new RuleViolation(null, "task.occurrencesOpen");
		}
		finish(result, on, now);
	}

	private void finish(String result, LocalDate on, Instant now) {
		this.status = TaskStatus.DONE;
		this.result = Objects.requireNonNull(result);
		this.completedOn = on;
		touch(now);
	}

	void completeOccurrence(long occurrenceId, String result, LocalDate on, LocalDate today, Instant now) {
		requireAccepted();
		requireNotFuture(on, today);
		TaskOccurrence occurrence = this.occurrences.stream()
			.filter((o) -> Objects.equals(o.getId(), occurrenceId))
			.findFirst()
			.orElseThrow(() -> new RuleViolation(null, "task.occurrence.unknown"));
		if (occurrence.isDone()) {
			throw new RuleViolation(null, "task.occurrence.done");
		}
		occurrence.complete(result, on);
		Optional<TaskOccurrence> next = nextOpenOccurrence();
		if (next.isPresent()) {
			this.deadline = next.get().getDueDate();
			this.originalDeadline = next.get().getOriginalDueDate();
			touch(now);
		}
		else {
			finish(result, on, now);
		}
	}

	/**
	 * The unit finds the task unclear or outside its remit and sends it back (Điều 5.2b).
	 */
	void requestReturn(String reason, String by, Instant now) {
		requireOpen();
		requireForwarded();
		requireNoReturnRequest();
		this.returnRequestReason = Objects.requireNonNull(reason);
		this.returnRequestedBy = by;
		this.returnRequestedAt = now;
		touch(now);
	}

	void refuseReturn(Instant now) {
		requireReturnRequest();
		clearReturnRequest();
		touch(now);
	}

	/** Leadership gives the task to another lead unit; the history keeps the old one. */
	void reassign(long unitId, Instant now) {
		requireOpen();
		if (unitId == this.leadUnitId) {
			throw new RuleViolation("unitId", "task.reassign.sameUnit");
		}
		this.parts.removeIf((part) -> part.getUnitId() == unitId && part.getStatus() == TaskStatus.NOT_STARTED);
		if (partOf(unitId).isPresent()) {
			throw new RuleViolation("unitId", "task.reassign.partStarted");
		}
		clearReturnRequest();
		this.leadUnitId = unitId;
		this.forwardedAt = now;
		this.acceptedAt = null;
		this.assigneeId = null;
		this.status = TaskStatus.NOT_STARTED;
		touch(now);
	}

	TaskExtension requestExtension(LocalDate newDeadline, String reason, String by, LocalDate today, Instant now) {
		requireOpen();
		requireForwarded();
		if (this.deadline == null) {
			throw new RuleViolation(null, "extension.noDeadline");
		}
		if (pendingExtension().isPresent()) {
			throw new RuleViolation(null, "extension.pending");
		}
		if (!newDeadline.isAfter(this.deadline) || newDeadline.isBefore(today)) {
			throw new RuleViolation("date", "extension.notLater");
		}
		TaskExtension extension = new TaskExtension(this.deadline, newDeadline, reason, by, now);
		this.extensions.add(extension);
		touch(now);
		return extension;
	}

	/** Only an approved extension moves a deadline (SPEC §3.6, §3.9). */
	void decideExtension(boolean approve, String note, String by, Instant now) {
		TaskExtension extension = pendingExtension().orElseThrow(() -> new RuleViolation(null, "extension.none"));
		requireOpen();
		extension.decide(approve, note, by, now);
		if (approve) {
			LocalDate moved = extension.getRequestedDeadline();
			Optional<TaskOccurrence> current = nextOpenOccurrence();
			current.ifPresent((occurrence) -> occurrence.moveTo(moved));
			// A moved occurrence may now fall after the next one: the deadline is always
			// the earliest open one.
			this.deadline = current.isPresent() ? nextOpenOccurrence().get().getDueDate() : moved;
		}
		touch(now);
	}

	/** The written notice to Văn phòng UBND tỉnh of Điều 9.2. */
	void recordNotice(String number, LocalDate date, LocalDate today, Instant now) {
		requireOpen();
		if (this.noticeNumber != null) {
			throw new RuleViolation(null, "task.notice.already");
		}
		requireNotFuture(date, today);
		this.noticeNumber = Objects.requireNonNull(number);
		this.noticeDate = date;
		touch(now);
	}

	/**
	 * The directive went back to its issuer: the task leaves open work, stays on record.
	 */
	void returnWithDirective(Instant now) {
		if (this.status == TaskStatus.DONE) {
			throw new RuleViolation(null, "directive.return.taskDone");
		}
		this.status = TaskStatus.RETURNED;
		clearReturnRequest();
		touch(now);
	}

	/**
	 * The office corrects what it registered. Deadline and lead unit can change only
	 * until the task is forwarded; after that only an extension or a reassignment moves
	 * them.
	 */
	void edit(String content, boolean mustReport, DeadlineMeaning meaning, TaskCategory category, Long monitorUnitId,
			Long monitorUserId, LocalDate deadline, long leadUnitId, Instant now) {
		requireOpen();
		boolean deadlineChanged = !Objects.equals(deadline, this.deadline);
		boolean leadChanged = leadUnitId != this.leadUnitId;
		if (this.forwardedAt != null && (deadlineChanged || leadChanged)) {
			throw new RuleViolation(deadlineChanged ? "deadline" : "leadUnitId", "task.edit.forwarded");
		}
		if (deadlineChanged && isRecurring()) {
			throw new RuleViolation("deadline", "task.edit.recurring");
		}
		if (leadChanged && partOf(leadUnitId).isPresent()) {
			throw new RuleViolation("leadUnitId", "part.leadUnit");
		}
		this.content = Objects.requireNonNull(content);
		this.mustReport = mustReport;
		this.category = Objects.requireNonNull(category);
		this.monitorUnitId = monitorUnitId;
		this.monitorUserId = monitorUserId;
		this.deadlineMeaning = (deadline != null || isRecurring()) ? meaning : null;
		if (deadlineChanged) {
			this.deadline = deadline;
			this.originalDeadline = deadline;
		}
		this.leadUnitId = leadUnitId;
		touch(now);
	}

	// Guards

	private void requireOpen() {
		if (!this.status.isOpen()) {
			throw new RuleViolation(null, (this.status == TaskStatus.DONE) ? "task.done" : "task.returned");
		}
	}

	private void requireForwarded() {
		if (this.forwardedAt == null) {
			throw new RuleViolation(null, "task.notForwarded.rule");
		}
	}

	private void requireAccepted() {
		requireOpen();
		if (this.acceptedAt == null) {
			throw new RuleViolation(null, "task.notAccepted");
		}
	}

	private void requireNoReturnRequest() {
		if (this.returnRequestedAt != null) {
			throw new RuleViolation(null, "task.returnRequested");
		}
	}

	private void requireReturnRequest() {
		requireOpen();
		if (this.returnRequestedAt == null) {
			throw new RuleViolation(null, "task.noReturnRequest");
		}
	}

	private static void requireNotFuture(LocalDate date, LocalDate today) {
		if (date.isAfter(today)) {
			throw new RuleViolation("date", "date.future");
		}
	}

	private void clearReturnRequest() {
		this.returnRequestReason = null;
		this.returnRequestedAt = null;
		this.returnRequestedBy = null;
	}

	private void touch(Instant now) {
		this.updatedAt = now;
	}

	// Reading

	public Timeliness timeliness(LocalDate today) {
		return Timeliness.of(this.status, this.deadline, this.completedOn, today);
	}

	/**
	 * Flagged by Điều 9.2: past its deadline and still open, until the unit records its
	 * written notice.
	 */
	public boolean needsNotice(LocalDate today) {
		return timeliness(today) == Timeliness.OVERDUE && this.noticeNumber == null;
	}

	public Optional<TaskPart> partOf(long unitId) {
		return this.parts.stream().filter((part) -> part.getUnitId() == unitId).findFirst();
	}

	TaskPart part(long partId) {
		return this.parts.stream()
			.filter((part) -> Objects.equals(part.getId(), partId))
			.findFirst()
			.orElseThrow(() -> new RuleViolation(null, "part.unknown"));
	}

	public Optional<TaskExtension> pendingExtension() {
		return this.extensions.stream().filter(TaskExtension::isPending).findFirst();
	}

	public Optional<TaskOccurrence> nextOpenOccurrence() {
		return this.occurrences.stream()
			.filter((o) -> !o.isDone())
			.min(Comparator.comparing(TaskOccurrence::getDueDate));
	}

	public boolean isRecurring() {
		return this.recurrence != null;
	}

	public boolean isForwarded() {
		return this.forwardedAt != null;
	}

	public boolean isAccepted() {
		return this.acceptedAt != null;
	}

	public boolean isReturnRequested() {
		return this.returnRequestedAt != null;
	}

	public boolean isDeadlineExtended() {
		return this.deadline != null && !this.deadline.equals(this.originalDeadline);
	}

	Map<String, Object> auditState() {
		Map<String, Object> state = new LinkedHashMap<>();
		state.put("content", this.content);
		state.put("status", this.status.name());
		state.put("leadUnitId", this.leadUnitId);
		state.put("assigneeId", this.assigneeId);
		state.put("deadline", String.valueOf(this.deadline));
		state.put("originalDeadline", String.valueOf(this.originalDeadline));
		state.put("category", this.category.name());
		state.put("mustReport", this.mustReport);
		state.put("forwarded", this.forwardedAt != null);
		state.put("accepted", this.acceptedAt != null);
		state.put("returnRequest", this.returnRequestReason);
		state.put("result", this.result);
		state.put("completedOn", String.valueOf(this.completedOn));
		state.put("notice", this.noticeNumber);
		state.put("parts",
				this.parts.stream()
					.map((p) -> p.getUnitId() + ":" + p.getStatus() + (p.isForwarded() ? ":forwarded" : ""))
					.toList());
		return state;
	}

	public Long getId() {
		return this.id;
	}

	public Long getDirectiveId() {
		return this.directiveId;
	}

	public int getSeq() {
		return this.seq;
	}

	public String getContent() {
		return this.content;
	}

	public boolean isMustReport() {
		return this.mustReport;
	}

	public DeadlineMeaning getDeadlineMeaning() {
		return this.deadlineMeaning;
	}

	public LocalDate getOriginalDeadline() {
		return this.originalDeadline;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public TaskCategory getCategory() {
		return this.category;
	}

	public Long getLeadUnitId() {
		return this.leadUnitId;
	}

	public Long getMonitorUnitId() {
		return this.monitorUnitId;
	}

	public Long getMonitorUserId() {
		return this.monitorUserId;
	}

	public Long getAssigneeId() {
		return this.assigneeId;
	}

	public TaskStatus getStatus() {
		return this.status;
	}

	public Instant getForwardedAt() {
		return this.forwardedAt;
	}

	public Instant getAcceptedAt() {
		return this.acceptedAt;
	}

	public String getReturnRequestReason() {
		return this.returnRequestReason;
	}

	public Instant getReturnRequestedAt() {
		return this.returnRequestedAt;
	}

	public String getReturnRequestedBy() {
		return this.returnRequestedBy;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public String getResult() {
		return this.result;
	}

	public String getNoticeNumber() {
		return this.noticeNumber;
	}

	public LocalDate getNoticeDate() {
		return this.noticeDate;
	}

	public Recurrence getRecurrence() {
		return this.recurrence;
	}

	public Integer getRecurrenceDay() {
		return this.recurrenceDay;
	}

	public LocalDate getRecurrenceUntil() {
		return this.recurrenceUntil;
	}

	public int getUrgeCount() {
		return this.urgeCount;
	}

	public Instant getLastUrgedAt() {
		return this.lastUrgedAt;
	}

	public Instant getCreatedAt() {
		return this.createdAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public long getVersion() {
		return this.version;
	}

	public List<TaskPart> getParts() {
		return List.copyOf(this.parts);
	}

	public List<TaskExtension> getExtensions() {
		return List.copyOf(this.extensions);
	}

	public List<TaskOccurrence> getOccurrences() {
		return List.copyOf(this.occurrences);
	}

}
