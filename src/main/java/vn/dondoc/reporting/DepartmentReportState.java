package vn.dondoc.reporting;

/**
 * Where the Department's report stands (Điều 10.1): written by the office, submitted to
 * leadership, approved or returned, issued under a number. Stored by name in
 * {@code department_report.status}.
 */
public enum DepartmentReportState {

	DRAFT, SUBMITTED, RETURNED, APPROVED, ISSUED;

	/** Whether the office may still change its text. */
	public boolean editable() {
		return this == DRAFT || this == RETURNED;
	}

}
