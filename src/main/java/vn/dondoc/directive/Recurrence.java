package vn.dondoc.directive;

/**
 * How often a recurring task falls due (SPEC §3.8).
 */
public enum Recurrence {

	MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

	private final int months;

	Recurrence(int months) {
		this.months = months;
	}

	public int months() {
		return this.months;
	}

}
