package vn.dondoc.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The public holidays of one year under the Labour Code 2019, Art. 112, with the
 * compensatory days off of Art. 111.3 for holidays falling on a weekend. Tết Nguyên đán
 * is taken as the last day of the lunar year and the first four of the new one; the
 * Government announces the exact days each year, and the administrator adjusts them.
 */
final class LabourCodeHolidays {

	private LabourCodeHolidays() {
	}

	static List<SpecialDay> of(int year) {
		Map<LocalDate, String> holidays = new TreeMap<>();
		holidays.put(LocalDate.of(year, 1, 1), "Tết Dương lịch");
		LocalDate tet = LunarCalendar.newYear(year);
		holidays.put(tet.minusDays(1), "Tết Nguyên đán (" + lastDayOfLunarYear(year - 1) + " tháng Chạp)");
		for (int i = 0; i < 4; i++) {
			holidays.put(tet.plusDays(i), "Tết Nguyên đán (mùng " + (i + 1) + ")");
		}
		holidays.put(LunarCalendar.toSolar(10, 3, year, false), "Giỗ Tổ Hùng Vương (10/3 âm lịch)");
		holidays.put(LocalDate.of(year, 4, 30), "Ngày Chiến thắng (30/4)");
		holidays.put(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động (1/5)");
		holidays.put(LocalDate.of(year, 9, 1), "Quốc khánh (ngày liền kề)");
		holidays.put(LocalDate.of(year, 9, 2), "Quốc khánh (2/9)");
		List<SpecialDay> days = new ArrayList<>();
		holidays.forEach((day, name) -> days.add(new SpecialDay(day, name, DayKind.HOLIDAY, true)));
		// A holiday on a weekend is given back on the next working day.
		for (Map.Entry<LocalDate, String> holiday : holidays.entrySet()) {
			if (isWeekend(holiday.getKey())) {
				LocalDate back = holiday.getKey().plusDays(1);
				while (isWeekend(back) || holidays.containsKey(back) || taken(days, back)) {
					back = back.plusDays(1);
				}
				days.add(new SpecialDay(back, "Nghỉ bù " + holiday.getValue(), DayKind.DAY_OFF, true));
			}
		}
		return days;
	}

	/**
	 * The number of the lunar year's last day: 30, or 29 in a year whose twelfth month
	 * (or its leap twelfth month) has 29 days.
	 */
	static int lastDayOfLunarYear(int lunarYear) {
		LocalDate start = LunarCalendar.toSolar(1, 12, lunarYear, false);
		try {
			LocalDate leap = LunarCalendar.toSolar(1, 12, lunarYear, true);
			if (leap.isAfter(start)) {
				start = leap;
			}
		}
		catch (IllegalArgumentException noLeapTwelfthMonth) {
			// The twelfth month is the last.
		}
		return (int) java.time.temporal.ChronoUnit.DAYS.between(start, LunarCalendar.newYear(lunarYear + 1));
	}

	private static boolean taken(List<SpecialDay> days, LocalDate day) {
		return days.stream().anyMatch((d) -> d.day().equals(day));
	}

	static boolean isWeekend(LocalDate day) {
		return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
	}

}
