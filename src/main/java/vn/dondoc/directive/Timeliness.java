package vn.dondoc.directive;

import java.time.LocalDate;

/**
 * Whether a task keeps its deadline, always derived from dates and today's date, never
 * typed in (Điều 6.1e).
 */
public enum Timeliness {

	/** Open, deadline not passed (trong hạn). */
	WITHIN,
	/** Open and past its deadline (quá hạn). */
	OVERDUE,
	/** Done by the deadline (đúng hạn). */
	ON_TIME,
	/** Done after the deadline (quá hạn). */
	LATE,
	/** Open without a deadline. */
	NO_DEADLINE,
	/** Returned to the issuer: no longer measured. */
	NOT_MEASURED;

	/**
	 * The task's state on a day ({@code today}, or a day past: a task completed after it
	 * was then still open).
	 */
	public static Timeliness of(TaskStatus status, LocalDate deadline, LocalDate completedOn, LocalDate today) {
		if (status == TaskStatus.DONE && completedOn != null && !completedOn.isAfter(today)) {
			return (deadline == null || !completedOn.isAfter(deadline)) ? ON_TIME : LATE;
		}
		if (status == TaskStatus.RETURNED) {
			return NOT_MEASURED;
		}
		return (deadline == null) ? NO_DEADLINE : (today.isAfter(deadline) ? OVERDUE : WITHIN);
	}

}
