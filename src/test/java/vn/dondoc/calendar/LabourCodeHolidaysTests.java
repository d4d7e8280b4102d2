package vn.dondoc.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Labour Code's holidays of a year, and the days given back when one falls on a
 * weekend.
 */
class LabourCodeHolidaysTests {

	@Test
	void aYearHasElevenHolidaysAndTheirCompensatoryDays() {
		// 2026: Tết 16–20 February (Mon–Fri), Giỗ Tổ Sunday 26 April → Monday 27 April,
		// 1 January Thursday, 30 April Thursday, 1 May Friday, 1–2 September Tue–Wed.
		assertThat(LabourCodeHolidays.of(2026)).filteredOn((d) -> d.kind() == DayKind.HOLIDAY).hasSize(11);
		assertThat(LabourCodeHolidays.of(2026)).filteredOn((d) -> d.kind() == DayKind.DAY_OFF)
			.extracting(SpecialDay::day)
			.containsExactly(LocalDate.of(2026, 4, 27));
	}

	@Test
	void aHolidayOnAWeekendIsGivenBackOnTheNextWorkingDayThatIsNotAHoliday() {
		// 2027: 1 May is a Saturday → Monday 3 May; Tết 5–9 February includes a weekend
		// (6–7) → Wednesday 10 and Thursday 11 February.
		assertThat(LabourCodeHolidays.of(2027)).filteredOn((d) -> d.kind() == DayKind.DAY_OFF)
			.extracting(SpecialDay::day)
			.contains(LocalDate.of(2027, 5, 3), LocalDate.of(2027, 2, 10), LocalDate.of(2027, 2, 11));
	}

	@Test
	void theLastDayOfTheLunarYearIsNamedAsItIs() {
		// Giáp Thìn's twelfth month had 29 days: Tết Ất Tỵ was on 29 January 2025, its
		// eve
		// "29 tháng Chạp". Quý Mão's had 30: the eve of Tết Giáp Thìn, 9 February 2024.
		assertThat(LabourCodeHolidays.of(2025)).filteredOn((d) -> d.day().equals(LocalDate.of(2025, 1, 28)))
			.extracting(SpecialDay::name)
			.containsExactly("Tết Nguyên đán (29 tháng Chạp)");
		assertThat(LabourCodeHolidays.of(2024)).filteredOn((d) -> d.day().equals(LocalDate.of(2024, 2, 9)))
			.extracting(SpecialDay::name)
			.containsExactly("Tết Nguyên đán (30 tháng Chạp)");
	}

}
