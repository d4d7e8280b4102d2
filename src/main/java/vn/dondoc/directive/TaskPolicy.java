package vn.dondoc.directive;

import vn.dondoc.account.Actor;
import vn.dondoc.account.Role;

/**
 * Who may take which step on a task (SPEC §1): the office registers and forwards,
 * leadership instructs, reassigns and decides extensions, the lead unit carries the task,
 * a coordinating unit carries only its own part. Whether the task's state allows the step
 * is the task's own concern.
 */
public final class TaskPolicy {

	private TaskPolicy() {
	}

	public static boolean canRegister(Actor actor) {
		return actor.has(Role.OFFICE);
	}

	public static boolean canInstruct(Actor actor) {
		return actor.has(Role.LEADER);
	}

	public static boolean canReturnDirective(Actor actor) {
		return actor.has(Role.OFFICE);
	}

	public static boolean canForward(Actor actor) {
		return actor.has(Role.OFFICE);
	}

	public static boolean canEdit(Actor actor) {
		return actor.has(Role.OFFICE);
	}

	/**
	 * Adding, changing or removing the coordinating units of a task not yet sent to them:
	 * the lead unit's head, and the office that registered it (SPEC §3).
	 */
	public static boolean canArrangeParts(Actor actor, Task task) {
		return canManage(actor, task) || canEdit(actor);
	}

	/** Accepting, assigning, forwarding parts, asking to return, asking for more time. */
	public static boolean canManage(Actor actor, Task task) {
		return actor.headOf(task.getLeadUnitId());
	}

	/** Progress, completion, occurrences, the Điều 9.2 notice: the lead unit's people. */
	public static boolean canUpdate(Actor actor, Task task) {
		return actor.memberOf(task.getLeadUnitId());
	}

	/** A coordinating unit's people update their own part and no other. */
	public static boolean canUpdatePart(Actor actor, TaskPart part) {
		return actor.memberOf(part.getUnitId());
	}

	public static boolean canDecide(Actor actor) {
		return actor.has(Role.LEADER);
	}

	public static boolean canUrge(Actor actor) {
		return actor.has(Role.OFFICE) || actor.has(Role.LEADER) || actor.has(Role.PLANNING);
	}

	/**
	 * Whether a confidential placeholder is visible at all (SPEC §4): leadership, the
	 * office, the administrator and the head of its lead unit.
	 */
	public static boolean canSeePlaceholder(Actor actor, Long leadUnitId) {
		return actor.has(Role.LEADER) || actor.has(Role.OFFICE) || actor.has(Role.ADMIN) || actor.headOf(leadUnitId);
	}

	/** Recording that a written confidential report was sent. */
	public static boolean canRecordConfidentialReport(Actor actor, Long leadUnitId) {
		return actor.has(Role.OFFICE) || actor.headOf(leadUnitId);
	}

}
