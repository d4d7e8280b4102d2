package vn.dondoc.directive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published, inside the transaction of the change, when a unit asks for more time on a
 * task (leadership decides) and when leadership decides (the unit's head and the assignee
 * are told).
 *
 * @param title what the task is about
 * @param by who asked or decided, by name
 * @param byUserId who asked or decided
 * @param note the reason asked, or the decision's note
 */
public record ExtensionChanged(long taskId, String title, long leadUnitId, Long assigneeId, Stage stage,
		LocalDate previousDeadline, LocalDate requestedDeadline, String by, long byUserId, String note, Instant at) {

	public enum Stage {

		REQUESTED, APPROVED, REFUSED

	}

}
