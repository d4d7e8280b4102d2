package vn.dondoc.intake;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.dondoc.directive.TaskChanged;

/**
 * Tells the issuer of a document registered from a package how its tasks go: the first
 * forwarded to a unit (04), the first progress (05), and none open any more (06) — each
 * once, in that order, in the transaction of the change.
 */
@Component
class IssuerProgressReporter {

	private final DocumentIntake documents;

	private final EdxmlStatuses statuses;

	IssuerProgressReporter(DocumentIntake documents, EdxmlStatuses statuses) {
		this.documents = documents;
		this.statuses = statuses;
	}

	@EventListener
	void on(TaskChanged change) {
		if (change.step() == TaskChanged.Step.OTHER && !change.directiveSettled()) {
			return;
		}
		var found = this.documents.ofDirective(change.directiveId());
		if (found.isEmpty()) {
			return;
		}
		IncomingDocument document = found.get();
		if (change.step() == TaskChanged.Step.FORWARDED) {
			this.statuses.add(document, "04", "edxml.status.assigned");
		}
		if (change.step() == TaskChanged.Step.PROGRESS) {
			this.statuses.add(document, "05", "edxml.status.progress");
		}
		if (change.directiveSettled()) {
			if (change.taskId() == 0) {
				this.statuses.add(document, "06", "edxml.status.returned");
			}
			else {
				this.statuses.add(document, "05", "edxml.status.progress");
				this.statuses.add(document, "06", "edxml.status.done");
			}
		}
	}

}
