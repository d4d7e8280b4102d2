package vn.dondoc.calendar;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lunar conversion against the published dates of Tết Nguyên đán and Giỗ Tổ Hùng
 * Vương.
 */
class LunarCalendarTests {

	/** Mùng 1 Tết as published for each year. */
	static final Map<Integer, LocalDate> TET = Map.ofEntries(Map.entry(2020, LocalDate.of(2020, 1, 25)),
			Map.entry(2021, LocalDate.of(2021, 2, 12)), Map.entry(2022, LocalDate.of(2022, 2, 1)),
			Map.entry(2023, LocalDate.of(2023, 1, 22)), Map.entry(2024, LocalDate.of(2024, 2, 10)),
			Map.entry(2025, LocalDate.of(2025, 1, 29)), Map.entry(2026, LocalDate.of(2026, 2, 17)),
			Map.entry(2027, LocalDate.of(2027, 2, 6)), Map.entry(2028, LocalDate.of(2028, 1, 26)),
			Map.entry(2029, LocalDate.of(2029, 2, 13)), Map.entry(2030, LocalDate.of(2030, 2, 2)),
			Map.entry(2031, LocalDate.of(2031, 1, 23)), Map.entry(2032, LocalDate.of(2032, 2, 11)),
			Map.entry(2033, LocalDate.of(2033, 1, 31)), Map.entry(2034, LocalDate.of(2034, 2, 19)),
			Map.entry(2035, LocalDate.of(2035, 2, 8)));

	/** Giỗ Tổ Hùng Vương (10 March lunar) as published. */
	static final Map<Integer, LocalDate> HUNG_KINGS = Map.of(2020, LocalDate.of(2020, 4, 2), 2021,
			LocalDate.of(2021, 4, 21), 2022, LocalDate.of(2022, 4, 10), 2023, LocalDate.of(2023, 4, 29), 2024,
			LocalDate.of(2024, 4, 18), 2025, LocalDate.of(2025, 4, 7), 2026, LocalDate.of(2026, 4, 26));

	@Test
	void tetNguyenDanFallsOnThePublishedDayEveryYearFrom2020To2035() {
		TET.forEach((year, day) -> assertThat(LunarCalendar.newYear(year)).as("Tết %d", year).isEqualTo(day));
	}

	@Test
	void vietnamCountsFromUtcPlus7SoTet2030ComesADayBeforeChineseNewYear() {
		// The new moon of February 2030 is at 23:07 in Hanoi and 00:07 in Beijing.
		assertThat(LunarCalendar.newYear(2030)).isEqualTo(LocalDate.of(2030, 2, 2));
	}

	@Test
	void gioToHungVuongFallsOnThePublishedDay() {
		HUNG_KINGS.forEach((year, day) -> assertThat(LunarCalendar.toSolar(10, 3, year, false)).as("Giỗ Tổ %d", year)
			.isEqualTo(day));
	}

	@Test
	void leapMonthsAreCountedAndOnlyWhereTheyExist() {
		// 2023 had a leap second month: 1/2 nhuận âm lịch was 22 March 2023.
		assertThat(LunarCalendar.toSolar(1, 2, 2023, true)).isEqualTo(LocalDate.of(2023, 3, 22));
		assertThatThrownBy(() -> LunarCalendar.toSolar(1, 5, 2023, true)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> LunarCalendar.toSolar(1, 2, 2024, true)).isInstanceOf(IllegalArgumentException.class);
	}

}
