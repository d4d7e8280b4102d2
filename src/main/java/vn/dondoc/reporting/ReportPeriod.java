package vn.dondoc.reporting;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A period units report on. Months ({@code 2026-11}) and quarters ({@code 2026-Q4}) come
 * from the calendar (Điều 10.1: due on the 10th of the month, and of the quarter's last
 * month, covering the work since the previous report); 6-month, 9-month and yearly
 * reports and ad hoc requests are rows whose due date the office or leadership set
 * ({@code P17}).
 *
 * @param unitIds the units asked to report; empty means every unit
 * @param labelArg what the period's label message ({@code period.label.KIND}) is given
 */
public record ReportPeriod(String code, Kind kind, LocalDate from, LocalDate to, LocalDate due, String labelArg,
		String scope, Long id, List<Long> unitIds, String requestedBy, long version) {

	/** The kinds of period (SPEC §6). */
	public enum Kind {

		MONTH, QUARTER, HALF_YEAR, NINE_MONTHS, YEAR, AD_HOC;

		/** Whether the office (or leadership, for ad hoc) sets it up as a row. */
		public boolean requested() {
			return this != MONTH && this != QUARTER;
		}

	}

	private static final String[] ROMAN = { "I", "II", "III", "IV" };

	static ReportPeriod month(YearMonth month) {
		ReportMonth m = new ReportMonth(month);
		return new ReportPeriod(month.toString(), Kind.MONTH, m.from(), m.to(), m.due(), m.label(), null, null,
				List.of(), null, 0);
	}

	/**
	 * The quarter's report is due with the monthly one on the 10th of its last month and
	 * covers its three monthly periods.
	 */
	static ReportPeriod quarter(int year, int quarter) {
		YearMonth last = YearMonth.of(year, quarter * 3);
		LocalDate from = new ReportMonth(last.minusMonths(2)).from();
		LocalDate to = new ReportMonth(last).to();
		return new ReportPeriod(year + "-Q" + quarter, Kind.QUARTER, from, to, to, ROMAN[quarter - 1] + "/" + year,
				null, null, List.of(), null, 0);
	}

	/** The quarter a month belongs to. */
	static ReportPeriod quarterOf(YearMonth month) {
		return quarter(month.getYear(), (month.getMonthValue() + 2) / 3);
	}

	static String code(long id) {
		return "P" + id;
	}

	public String labelKey() {
		return "period.label." + this.kind;
	}

	/** The period's name as a sentence reads it: "tháng 12/2026", "quý IV/2026". */
	public String label(org.springframework.context.MessageSource messages, java.util.Locale locale) {
		return messages.getMessage(labelKey(), new Object[] { this.labelArg }, locale);
	}

	/** The month of a monthly period, else {@code null}. */
	public YearMonth month() {
		return (this.kind == Kind.MONTH) ? YearMonth.parse(this.code) : null;
	}

	public boolean includes(long unitId) {
		return this.unitIds.isEmpty() || this.unitIds.contains(unitId);
	}

	/**
	 * The day the Department's draft goes to leadership: two days after the units' due
	 * day, the 12th (Điều 10.2).
	 */
	public LocalDate draftDue() {
		return this.due.plusDays(2);
	}

	/** The day leadership is reminded to issue the Department's report, the 14th. */
	public LocalDate leadershipReminder() {
		return this.due.plusDays(4);
	}

	/** The Department's report is issued before this day, the 15th (Điều 10.2). */
	public LocalDate issueBy() {
		return this.due.plusDays(5);
	}

	/**
	 * A monthly period in a quarter's last month is due the same day as the quarter's.
	 */
	public boolean quarterly() {
		return this.kind == Kind.MONTH && month().getMonthValue() % 3 == 0;
	}

	/** The quarter report due with this monthly one, else {@code null}. */
	public String quarterCode() {
		return quarterly() ? quarterOf(month()).code() : null;
	}

}
