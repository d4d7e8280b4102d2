package vn.dondoc.urging;

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

}
