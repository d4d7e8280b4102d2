package vn.dondoc.urging;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * Which units still owe their report for a month (the quarterly one too in a quarter's
 * last month). The reminders of the monthly cycle go only to them.
 */
public interface ReportDuties {

	/**
	 * @return ids and names of the units whose report is still due, in display order
	 */
	List<UnitOwing> unitsOwing(YearMonth month);

	record UnitOwing(long unitId, String name) {
	}

	/**
	 * The requested reports (6-month, 9-month, yearly, ad hoc) due from {@code from} to
	 * {@code to}, each with the units that have not sent theirs.
	 */
	List<RequestOwing> requestsOwing(LocalDate from, LocalDate to);

	/**
	 * @param labelKey the message naming the period, given {@code labelArg}
	 */
	record RequestOwing(String code, String labelKey, String labelArg, LocalDate due, List<UnitOwing> units) {
	}

}
