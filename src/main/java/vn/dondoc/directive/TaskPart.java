package vn.dondoc.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import vn.dondoc.common.RuleViolation;

/**
 * A coordinating unit's part of a task (phần việc phối hợp), with its own deadline and
 * status (SPEC §3).
 */
@Entity
@Table(name = "task_part")
public class TaskPart {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "unit_id")
	private Long unitId;

	private String description;

	private LocalDate deadline;

	@Enumerated(EnumType.STRING)
	private TaskStatus status = TaskStatus.NOT_STARTED;

	private Instant forwardedAt;

	private LocalDate completedOn;

	private String result;

	@Version
	private long version;

	protected TaskPart() {
	}

	TaskPart(long unitId, String description, LocalDate deadline) {
		this.unitId = unitId;
		this.description = Objects.requireNonNull(description);
		this.deadline = deadline;
	}

	void forward(Instant at) {
		if (this.forwardedAt != null) {
			throw new RuleViolation(null, "part.alreadyForwarded");
		}
		this.forwardedAt = at;
	}

	void progress() {
		requireForwardedAndOpen();
		this.status = TaskStatus.IN_PROGRESS;
	}

	void complete(String result, LocalDate on) {
		requireForwardedAndOpen();
		this.status = TaskStatus.DONE;
		this.result = Objects.requireNonNull(result);
		this.completedOn = on;
	}

	private void requireForwardedAndOpen() {
		if (this.forwardedAt == null) {
			throw new RuleViolation(null, "part.notForwarded");
		}
		if (this.status == TaskStatus.DONE) {
			throw new RuleViolation(null, "part.done");
		}
	}

	public Timeliness timeliness(LocalDate today) {
		return Timeliness.of(this.status, this.deadline, this.completedOn, today);
	}

	public Long getId() {
		return this.id;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public String getDescription() {
		return this.description;
	}

	public LocalDate getDeadline() {
		return this.deadline;
	}

	public TaskStatus getStatus() {
		return this.status;
	}

	public Instant getForwardedAt() {
		return this.forwardedAt;
	}

	public boolean isForwarded() {
		return this.forwardedAt != null;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public String getResult() {
		return this.result;
	}

	public long getVersion() {
		return this.version;
	}

}
