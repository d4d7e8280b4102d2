package vn.dondoc.directive;

/**
 * How strongly a task was urged (Điều 7): a reminder, a reprimand, a call to account.
 */
public enum UrgeWeight {

	REMINDER, REPRIMAND, ACCOUNT

}
