package vn.dondoc.urging;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Which units still owe which report: the month's, and in a quarter's last month the
 * quarter's too, each a report of its own with its own state; and the requested reports.
 * The reminders of the monthly cycle go only to the units owing, about what they owe.
 */
public interface ReportDutySource {

	/**
	 * The reports due on the month's due day — the monthly one, then the quarterly one in
	 * a quarter's last month — each with the units that have not sent it (a returned
	 * report is not sent), in display order.
	 */
	List<ReportOwing> reportsOwing(YearMonth month);

	/**
	 * @return the units owing at least one of the month's reports, in display order
	 */
	default List<UnitOwing> unitsOwing(YearMonth month) {
		return owingAny(reportsOwing(month));
	}

	/** The units owing at least one of these reports, each once, in display order. */
	static List<UnitOwing> owingAny(List<ReportOwing> reports) {
		Map<Long, UnitOwing> units = new LinkedHashMap<>();
		for (ReportOwing report : reports) {
			for (UnitOwing unit : report.units()) {
				units.putIfAbsent(unit.unitId(), unit);
			}
		}
		return units.values().stream().sorted(java.util.Comparator.comparing(UnitOwing::name)).toList();
	}

	record UnitOwing(long unitId, String name) {
	}

	/**
	 * The requested reports (6-month, 9-month, yearly, ad hoc) due from {@code from} to
	 * {@code to}, each with the units that have not sent theirs.
	 */
	List<ReportOwing> requestsOwing(LocalDate from, LocalDate to);

	/**
	 * A report some units still owe.
	 *
	 * @param labelKey the message naming the period, given {@code labelArg}
	 */
	record ReportOwing(String code, String labelKey, String labelArg, LocalDate due, List<UnitOwing> units) {
	}

}
