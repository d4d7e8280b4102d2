package vn.dondoc.calendar;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Working-day arithmetic over the calendar: Monday to Friday, less holidays and days off,
 * plus weekend days declared working days. A date that falls on a day off keeps its legal
 * meaning ("at the latest"), so reminders move to the last working day before it.
 */
@Service
@Transactional(readOnly = true)
public class WorkingDayCalendar {

	private final JdbcClient jdbc;

	WorkingDayCalendar(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public boolean isWorkingDay(LocalDate day) {
		return isWorkingDay(day, specialDays(day, day));
	}

	/** The day itself if people work on it, else the last working day before it. */
	public LocalDate lastWorkingDayOnOrBefore(LocalDate day) {
		Map<LocalDate, DayKind> special = specialDays(day.minusDays(60), day);
		LocalDate candidate = day;
		while (!isWorkingDay(candidate, special)) {
			candidate = candidate.minusDays(1);
		}
		return candidate;
	}

	/** The working day that comes {@code count} working days after {@code day}. */
	public LocalDate plusWorkingDays(LocalDate day, int count) {
		if (count < 0) {
			throw new IllegalArgumentException("count must not be negative");
		}
		Map<LocalDate, DayKind> special = specialDays(day, day.plusDays(count * 2L + 60));
		LocalDate candidate = day;
		int left = count;
		while (left > 0) {
			candidate = candidate.plusDays(1);
			if (isWorkingDay(candidate, special)) {
				left--;
			}
		}
		return candidate;
	}

	private static boolean isWorkingDay(LocalDate day, Map<LocalDate, DayKind> special) {
		DayKind kind = special.get(day);
		if (kind != null) {
			return !kind.isOff();
		}
		return !LabourCodeHolidays.isWeekend(day);
	}

	private Map<LocalDate, DayKind> specialDays(LocalDate from, LocalDate to) {
		Map<LocalDate, DayKind> days = new HashMap<>();
		this.jdbc.sql("SELECT day, kind FROM holiday WHERE day BETWEEN :from AND :to")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.query((rs, row) -> days.put(rs.getDate(1).toLocalDate(), DayKind.valueOf(rs.getString(2))))
			.list();
		return days;
	}

}
