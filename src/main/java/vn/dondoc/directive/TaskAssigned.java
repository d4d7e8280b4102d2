package vn.dondoc.directive;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Published, inside the transaction of the change, when a task reaches a unit (forwarded
 * or reassigned), a person (accepted or assigned) or a coordinating unit (a part
 * forwarded).
 *
 * @param targetId the unit or the person it reached
 * @param title what the task is about (for a part: the part and the task)
 * @param at when; two assignments of one task to one target differ by it
 */
public record TaskAssigned(long taskId, Target target, long targetId, String title, LocalDate deadline, Instant at) {

	public enum Target {

		UNIT, PERSON, PART

	}

}
