package vn.dondoc.directive;

/**
 * Status of a task as the regulation names it (Điều 6.1e), plus the tasks returned to the
 * issuer, which leave the statistics of open work but stay on record.
 */
public enum TaskStatus {

	NOT_STARTED, IN_PROGRESS, DONE, RETURNED;

	public boolean isOpen() {
		return this == NOT_STARTED || this == IN_PROGRESS;
	}

}
