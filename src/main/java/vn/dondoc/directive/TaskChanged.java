package vn.dondoc.directive;

import java.time.Instant;

/**
 * Published, inside the transaction of the change, after every step of a task's life
 * (forwarded, progress, completed, returned…), for those who follow a directive as a
 * whole — the edXML status messages to its issuer.
 *
 * @param directiveId the directive the task belongs to
 * @param taskId the task ({@code 0}: the directive as a whole, returned to its issuer)
 * @param step what happened
 * @param directiveSettled whether none of the directive's tasks is open any more (all
 * done or returned)
 * @param at when
 */
public record TaskChanged(long directiveId, long taskId, Step step, boolean directiveSettled, Instant at) {

	/** What a change means to the issuer of the directive. */
	public enum Step {

		/** The task reached its lead unit. */
		FORWARDED,
		/** Someone reported on the task (progress, a part, a completion). */
		PROGRESS,
		/** Anything else: accepted, assigned, edited, extended… */
		OTHER

	}

}
