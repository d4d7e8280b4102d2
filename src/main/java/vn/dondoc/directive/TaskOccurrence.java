package vn.dondoc.directive;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One occurrence of a recurring task ("report every month by the 20th"): tracked,
 * reminded and counted on its own (SPEC §3.8).
 */
@Entity
@Table(name = "task_occurrence")
public class TaskOccurrence {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	private int seq;

	private LocalDate dueDate;

	private LocalDate originalDueDate;

	private LocalDate completedOn;

	private String result;

	protected TaskOccurrence() {
	}

	TaskOccurrence(int seq, LocalDate dueDate) {
		this.seq = seq;
		this.dueDate = dueDate;
		this.originalDueDate = dueDate;
	}

	void complete(String result, LocalDate on) {
		this.result = result;
		this.completedOn = on;
	}

	void moveTo(LocalDate dueDate) {
		this.dueDate = dueDate;
	}

	public boolean isDone() {
		return this.completedOn != null;
	}

	public Timeliness timeliness(LocalDate today) {
		return Timeliness.of(isDone() ? TaskStatus.DONE : TaskStatus.IN_PROGRESS, this.dueDate, this.completedOn,
				today);
	}

	public Long getId() {
		return this.id;
	}

	public int getSeq() {
		return this.seq;
	}

	public LocalDate getDueDate() {
		return this.dueDate;
	}

	public LocalDate getOriginalDueDate() {
		return this.originalDueDate;
	}

	public LocalDate getCompletedOn() {
		return this.completedOn;
	}

	public String getResult() {
		return this.result;
	}

}
