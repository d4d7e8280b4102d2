package vn.dondoc.dashboard;

/**
 * The counts of one unit (or of all) for the tasks received in a period, by their state
 * today. Received = on time + late + within + overdue + without deadline + returned.
 *
 * @param unitId the lead unit; {@code null} for all units
 * @param urges times the tasks were urged
 */
public record DashboardFigures(Long unitId, String unitName, long received, long onTime, long late, long within,
		long overdue, long noDeadline, long returned, long urges) {

	static DashboardFigures empty(Long unitId, String unitName) {
		return new DashboardFigures(unitId, unitName, 0, 0, 0, 0, 0, 0, 0, 0);
	}

	DashboardFigures plus(DashboardFigures other) {
		return new DashboardFigures(this.unitId, this.unitName, this.received + other.received,
				this.onTime + other.onTime, this.late + other.late, this.within + other.within,
				this.overdue + other.overdue, this.noDeadline + other.noDeadline, this.returned + other.returned,
				this.urges + other.urges);
	}

	public long done() {
		return this.onTime + this.late;
	}

	/**
	 * Done on time ÷ (all done + open and overdue), so that overdue work still open
	 * cannot hide behind a high rate.
	 * @return a percentage, or {@code null} when nothing is done or overdue
	 */
	public Double onTimeRate() {
		long base = this.onTime + this.late + this.overdue;
		return (base == 0) ? null : 100.0 * this.onTime / base;
	}

}
