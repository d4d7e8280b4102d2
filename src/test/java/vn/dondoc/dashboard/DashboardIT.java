package vn.dondoc.dashboard;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.directive.Fixtures;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Every number on the dashboard opens the list of exactly the tasks it counts: the test
 * follows every link on the demo data's dashboards and compares the list's total.
 */
@IntegrationTest
class DashboardIT {

	@Autowired
	java.time.Clock clock;

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitManagement units;

	@Test
	void everyNumberEqualsTheTotalOfTheListItOpens() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		int year = LocalDate.now(this.clock).getYear();
		long cntt = Fixtures.unit(this.units, "CNTT");
		int checked = 0;
		for (String query : List.of("period=" + year, "period=" + (year - 1), "period=" + year + "-H1",
				"period=" + year + "&unit=" + cntt)) {
			Document page = Jsoup.parse(Pages.ok(this.mvc, get("/dashboard?" + query).with(demo.as("giamdoc"))));
			for (Element link : page.select("a[href^=/tasks?]")) {
				Element number = link.hasClass("kpi") ? link.selectFirst("span.h4") : link;
				String shown = number.text().strip();
				if (!shown.matches("\\d+")) {
					continue;
				}
				long expected = Long.parseLong(shown);
				Document list = Jsoup.parse(Pages.ok(this.mvc, get(link.attr("href")).with(demo.as("giamdoc"))));
				String total = list.selectFirst("#task-total").text().replaceAll("\\D", "");
				assertThat(Long.parseLong(total)).as("%s on the dashboard of %s", link.attr("href"), query)
					.isEqualTo(expected);
				checked++;
			}
			// The states add up to what was received.
			long sum = 0;
			for (Element kpi : page.select("a.kpi:not([data-kpi=RECEIVED]) span.h4")) {
				sum += Long.parseLong(kpi.text());
			}
			assertThat(sum).isEqualTo(Long.parseLong(page.selectFirst("a.kpi[data-kpi=RECEIVED] span.h4").text()));
		}
		assertThat(checked).as("links followed").isGreaterThan(100);
	}

	@Test
	void aUnitHeadSeesTheUnitOnlyAndABadPeriodIsExplained() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		Document mine = Jsoup.parse(Pages.ok(this.mvc, get("/dashboard").with(demo.as("tp.cntt"))));
		assertThat(mine.selectFirst("h1").text()).contains("Phòng Công nghệ thông tin");
		assertThat(mine.select("#unit-table")).isEmpty();
		long cntt = Fixtures.unit(this.units, "CNTT");
		for (Element link : mine.select("a[href^=/tasks?period]")) {
			assertThat(link.attr("href")).contains("unit=" + cntt);
		}
		long other = Fixtures.unit(this.units, "BCVT");
		assertThat(this.mvc.perform(get("/dashboard?unit=" + other).with(demo.as("tp.cntt")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(get("/dashboard").with(demo.as("cv.cntt"))).andReturn().getResponse().getStatus())
			.isEqualTo(403);
		Document bad = Jsoup.parse(Pages.ok(this.mvc, get("/dashboard?period=31/02/2027").with(demo.as("giamdoc"))));
		assertThat(bad.selectFirst("#period-error").text()).contains("2026, 2026-11");
		assertThat(bad.selectFirst("#period").val()).isEqualTo("31/02/2027");
		Document noUnit = Jsoup.parse(Pages.ok(this.mvc, get("/dashboard?unit=-5").with(demo.as("giamdoc"))));
		assertThat(noUnit.text()).contains("Không có đơn vị này");
	}

	@Test
	void anOfficerSeesTheirOwnTasksFirstAndEachCountOpensItsList() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		for (String person : List.of("cv.cntt", "tp.bcvt")) {
			Document home = Jsoup.parse(Pages.ok(this.mvc, get("/").with(demo.as(person))));
			for (String id : List.of("#my-overdue-count", "#my-week-count")) {
				Element count = home.selectFirst(id);
				Document list = Jsoup.parse(Pages.ok(this.mvc, get(count.attr("href")).with(demo.as(person))));
				assertThat(list.selectFirst("#task-total").text().replaceAll("\\D", "")).as("%s of %s", id, person)
					.isEqualTo(count.text());
			}
		}
		assertThat(this.mvc.perform(get("/").with(demo.as("giamdoc"))).andReturn().getResponse().getRedirectedUrl())
			.isEqualTo("/dashboard");
	}

	@Test
	void theOnTimeRateCountsOpenOverdueWorkAgainstIt() {
		// 6 on time, 2 late, 3 within, 2 overdue, 1 without deadline, 1 returned.
		DashboardFigures month = new DashboardFigures(1L, "Phòng", 15, 6, 2, 3, 2, 1, 1, 4);
		assertThat(month.done()).isEqualTo(8);
		assertThat(month.onTimeRate()).isEqualTo(60.0);
		assertThat(DashboardFigures.empty(1L, "Phòng").onTimeRate()).isNull();
	}

}
