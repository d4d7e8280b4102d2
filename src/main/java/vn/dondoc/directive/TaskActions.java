package vn.dondoc.directive;

import java.util.Set;
import java.util.stream.Collectors;

import vn.dondoc.account.Actor;

/**
 * Which steps the person looking at a task may take now: who they are
 * ({@link TaskPolicy}) and what state the task is in. The page offers exactly these.
 */
public record TaskActions(boolean forward, boolean accept, boolean assign, boolean addPart, boolean forwardPart,
		boolean progress, boolean complete, boolean completeOccurrence, boolean requestReturn, boolean decideReturn,
		boolean reassign, boolean requestExtension, boolean decideExtension, boolean notice, boolean urge, boolean edit,
		Set<Long> updatableParts) {

	/**
	 * @param today the day the page is shown: the notice of Điều 9.2 is offered only on a
	 * task overdue that day, or whose unit says it cannot carry it out
	 */
	public static TaskActions of(Actor actor, Task task, java.time.LocalDate today) {
		boolean open = task.getStatus().isOpen();
		boolean manage = open && TaskPolicy.canManage(actor, task);
		boolean update = open && TaskPolicy.canUpdate(actor, task);
		boolean leader = open && TaskPolicy.canDecide(actor);
		boolean forwarded = task.isForwarded();
		boolean accepted = task.isAccepted();
		boolean occurrencesOpen = task.isRecurring() && task.nextOpenOccurrence().isPresent();
		Set<Long> parts = open ? task.getParts()
			.stream()
			.filter((part) -> part.isForwarded() && part.getStatus() != TaskStatus.DONE
					&& TaskPolicy.canUpdatePart(actor, part))
			.map(TaskPart::getId)
			.collect(Collectors.toSet()) : Set.of();
		return new TaskActions(open && !forwarded && TaskPolicy.canForward(actor),
				manage && forwarded && !accepted && !task.isReturnRequested(), manage && accepted,
				open && TaskPolicy.canArrangeParts(actor, task), manage && accepted, update && accepted,
				update && accepted && !occurrencesOpen, update && accepted && occurrencesOpen,
				manage && forwarded && !task.isReturnRequested(), leader && task.isReturnRequested(),
				leader && forwarded,
				manage && forwarded && task.getDeadline() != null && task.pendingExtension().isEmpty(),
				leader && task.pendingExtension().isPresent(),
				update && forwarded && task.getNoticeNumber() == null
						&& (task.needsNotice(today) || task.isReturnRequested()),
				open && TaskPolicy.canUrge(actor), open && TaskPolicy.canEdit(actor), parts);
	}

	/**
	 * Whether the page shows the form of this name (see {@code TaskController.FORMS}).
	 */
	public boolean offers(String form) {
		return switch (form) {
			case "forwardForm" -> this.forward;
			case "acceptForm" -> this.accept;
			case "assignForm" -> this.assign;
			case "partForm" -> this.addPart;
			case "partForwardForm" -> this.forwardPart;
			case "partUpdateForm" -> !this.updatableParts.isEmpty();
			case "progressForm" -> this.progress;
			case "completeForm" -> this.complete;
			case "occurrenceForm" -> this.completeOccurrence;
			case "returnForm" -> this.requestReturn;
			case "returnDecisionForm" -> this.decideReturn;
			case "reassignForm" -> this.reassign;
			case "extensionForm" -> this.requestExtension;
			case "extensionDecisionForm" -> this.decideExtension;
			case "noticeForm" -> this.notice;
			case "urgeForm" -> this.urge;
			default -> false;
		};
	}

	public boolean any() {
		return this.forward || this.accept || this.assign || this.addPart || this.progress || this.complete
				|| this.completeOccurrence || this.requestReturn || this.decideReturn || this.reassign
				|| this.requestExtension || this.decideExtension || this.notice || this.urge || this.edit;
	}

}
