package vn.dondoc.directive;

/**
 * How a task was urged (Điều 7).
 */
public enum UrgeChannel {

	SYSTEM, REPORT, MEETING, PHONE, EMAIL, FAX, OTHER

}
