package vn.dondoc.reporting;

/**
 * Where a unit's report stands (Điều 10.1). Stored by name in {@code unit_report.status};
 * {@link #NONE} is never stored: nothing was written yet.
 */
public enum UnitReportState {

	/** Nothing written yet. */
	NONE,

	/** Being written by the unit's head. */
	DRAFT,

	/** Sent: its figures frozen. */
	SUBMITTED,

	/** Sent back by the aggregating office for correction. */
	RETURNED;

	public boolean sent() {
		return this == SUBMITTED;
	}

	/** The state of a stored row, {@link #NONE} when there is none. */
	static UnitReportState of(String stored) {
		return (stored != null) ? valueOf(stored) : NONE;
	}

}
