package vn.dondoc.calendar;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The calendar as the application fills it on start and the administrator keeps it, and
 * the working-day arithmetic over it.
 */
@IntegrationTest
class CalendarIT {

	@Autowired
	WorkingDayCalendar workingDays;

	@Autowired
	HolidayManagement holidays;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Test
	void theLabourCodeHolidaysAreThereFrom2020To2035() {
		assertThat(this.holidays.ofYear(2027)).extracting(SpecialDay::day)
			.contains(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 2, 5), LocalDate.of(2027, 2, 6),
					LocalDate.of(2027, 2, 9), LocalDate.of(2027, 4, 30), LocalDate.of(2027, 5, 1),
					LocalDate.of(2027, 9, 2));
		assertThat(this.holidays.ofYear(2035)).isNotEmpty();
		assertThat(this.holidays.ofYear(2020)).extracting(SpecialDay::day).contains(LocalDate.of(2020, 4, 2));
	}

	@Test
	void aDateOnADayOffMovesBackToTheLastWorkingDay() {
		// Sunday 10 January 2027 → Friday 8 January.
		assertThat(this.workingDays.lastWorkingDayOnOrBefore(LocalDate.of(2027, 1, 10)))
			.isEqualTo(LocalDate.of(2027, 1, 8));
		// 1 May 2026 is a Friday holiday after the 30 April holiday: Wednesday 29 April.
		assertThat(this.workingDays.lastWorkingDayOnOrBefore(LocalDate.of(2026, 5, 1)))
			.isEqualTo(LocalDate.of(2026, 4, 29));
		// Giỗ Tổ 2026 is a Sunday (26 April): Monday 27 April is given back.
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 4, 27))).isFalse();
		// Mùng 3 Tết 2027 is a Monday.
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2027, 2, 8))).isFalse();
		assertThat(this.workingDays.isWorkingDay(LocalDate.of(2026, 11, 26))).isTrue();
	}

	@Test
	void workingDaysAreCountedOverWeekendsAndHolidays() {
		assertThat(this.workingDays.plusWorkingDays(LocalDate.of(2026, 4, 28), 1)).isEqualTo(LocalDate.of(2026, 4, 29));
		assertThat(this.workingDays.plusWorkingDays(LocalDate.of(2026, 4, 29), 1)).isEqualTo(LocalDate.of(2026, 5, 4));
		assertThat(this.workingDays.plusWorkingDays(LocalDate.of(2026, 11, 26), 0))
			.isEqualTo(LocalDate.of(2026, 11, 26));
	}

	@Test
	void theAdministratorAddsASwappedWorkingDayAndRemovesItAgain() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		LocalDate saturday = LocalDate.of(2031, 3, 8);
		assertThat(this.workingDays.isWorkingDay(saturday)).isFalse();
		String refused = Pages.ok(this.mvc,
				post("/admin/holidays").param("day", "10/03/2031")
					.param("name", "Làm bù")
					.param("kind", "WORKING_DAY")
					.with(demo.as("admin"))
					.with(csrf()));
		assertThat(refused).contains("Ngày làm bù phải là thứ Bảy hoặc Chủ nhật.");
		assertThat(this.mvc
			.perform(post("/admin/holidays").param("day", "08/03/2031")
				.param("name", "Làm bù cho ngày nghỉ hoán đổi")
				.param("kind", "WORKING_DAY")
				.with(demo.as("admin"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(this.workingDays.isWorkingDay(saturday)).isTrue();
		String page = Pages.ok(this.mvc, get("/admin/holidays").param("year", "2031").with(demo.as("admin")));
		// A year is written as a year, not as a number with a thousands separator.
		assertThat(org.jsoup.Jsoup.parse(page).select("h1").text()).isEqualTo("Ngày nghỉ lễ, nghỉ bù năm 2031");
		assertThat(page).contains("Làm bù cho ngày nghỉ hoán đổi", "08/03/2031", "Thứ Bảy", "Tết Nguyên đán (mùng 1)");
		assertThat(this.mvc.perform(post("/admin/holidays/2031-03-08/delete").with(demo.as("admin")).with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(this.workingDays.isWorkingDay(saturday)).isFalse();
	}

}
