package vn.dondoc.reporting;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The monthly report of month M is due on the 10th of M (Điều 10.1) and covers the work
 * since the previous one: from the 11th of M-1 to the 10th of M. In a quarter's last
 * month it is also the quarterly report.
 */
public record ReportMonth(YearMonth month) {

	static final int DUE_DAY = 10;

	/**
	 * The month whose report is being written on a day: its own until the 10th, the next
	 * one's after.
	 */
	static YearMonth writing(LocalDate day) {
		return YearMonth.from((day.getDayOfMonth() > DUE_DAY) ? day.plusMonths(1) : day);
	}

	public LocalDate from() {
		return this.month.minusMonths(1).atDay(DUE_DAY + 1);
	}

	public LocalDate to() {
		return this.month.atDay(DUE_DAY);
	}

	public LocalDate due() {
		return this.month.atDay(DUE_DAY);
	}

	public boolean quarterly() {
		return this.month.getMonthValue() % 3 == 0;
	}

	public String label() {
		return this.month.getMonthValue() + "/" + this.month.getYear();
	}

}
