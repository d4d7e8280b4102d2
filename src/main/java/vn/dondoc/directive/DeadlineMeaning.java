package vn.dondoc.directive;

/**
 * What has to happen by a task's deadline.
 */
public enum DeadlineMeaning {

	REPORT_UBND, REPORT_LEADERSHIP, COMPLETE

}
