package vn.dondoc.directive;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A request to move a task's deadline (gia hạn) and leadership's decision on it. The
 * deadline before the request stays on record.
 */
@Entity
@Table(name = "task_extension")
public class TaskExtension {

	public enum Decision {

		PENDING, APPROVED, REFUSED

	}

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private LocalDate previousDeadline;

	private LocalDate requestedDeadline;

	private String reason;

	private String requestedBy;

	private Instant requestedAt;

	@Enumerated(EnumType.STRING)
	private Decision status = Decision.PENDING;

	private String decidedBy;

	private Instant decidedAt;

	private String decisionNote;

	protected TaskExtension() {
	}

	TaskExtension(LocalDate previousDeadline, LocalDate requestedDeadline, String reason, String requestedBy,
			Instant requestedAt) {
		this.previousDeadline = previousDeadline;
		this.requestedDeadline = requestedDeadline;
		this.reason = reason;
		this.requestedBy = requestedBy;
		this.requestedAt = requestedAt;
	}

	void decide(boolean approve, String note, String by, Instant at) {
		this.status = approve ? Decision.APPROVED : Decision.REFUSED;
		this.decisionNote = note;
		this.decidedBy = by;
		this.decidedAt = at;
	}

	public boolean isPending() {
		return this.status == Decision.PENDING;
	}

	public Long getId() {
		return this.id;
	}

	public LocalDate getPreviousDeadline() {
		return this.previousDeadline;
	}

	public LocalDate getRequestedDeadline() {
		return this.requestedDeadline;
	}

	public String getReason() {
		return this.reason;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public Instant getRequestedAt() {
		return this.requestedAt;
	}

	public Decision getStatus() {
		return this.status;
	}

	public String getDecidedBy() {
		return this.decidedBy;
	}

	public Instant getDecidedAt() {
		return this.decidedAt;
	}

	public String getDecisionNote() {
		return this.decisionNote;
	}

}
