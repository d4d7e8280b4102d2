package vn.dondoc.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.common.MovableClock;
import vn.dondoc.directive.Fixtures;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Every page that lists or shows a unit's report answers, and names the report's state,
 * whatever that state is: none, draft, sent, returned, sent again, and sent late. (The
 * head's "Báo cáo" menu once answered 500 as soon as a draft was saved: a draft has no
 * lateness yet.)
 */
@IntegrationTest
class ReportStatesIT {

	private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	MovableClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void everyListOfReportsAnswersInEveryStateOfAReport() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		long unit = Fixtures.unit(this.units, "BCVT");
		// Friday 20 November 2026: the December report is being written (due 10/12),
		// and with it the fourth quarter's.
		on(LocalDate.of(2026, 11, 20));
		String month = "2026-12";
		String quarter = "2026-Q4";
		this.jdbc.sql("DELETE FROM unit_report WHERE unit_id = :u AND period IN ('2026-11', '2026-12', '2026-Q4')")
			.param("u", unit)
			.update();
		seenAs(demo, unit, month, "Chưa lập", false);

		save(demo, unit, month, false, "Đang tổng hợp");
		seenAs(demo, unit, month, "Đang soạn", false);

		save(demo, unit, month, true, "Phòng hoàn thành các nhiệm vụ được giao.");
		seenAs(demo, unit, month, "Đã gửi", false);

		this.mvc.perform(post("/reports/units/" + unit + "/" + month + "/return").param("version", version(unit, month))
			.param("comment", "Bổ sung số liệu")
			.with(demo.as("vanphong"))
			.with(csrf()));
		seenAs(demo, unit, month, "Bị trả lại để sửa", false);

		save(demo, unit, month, true, "Đã bổ sung số liệu.");
		seenAs(demo, unit, month, "Đã gửi", false);

		// Friday 11 December: the quarter's report, still a draft after its due day, is
		// still on the head's list; sent now, it is late.
		save(demo, unit, quarter, false, "Quý IV");
		on(LocalDate.of(2026, 12, 11));
		seenAs(demo, unit, quarter, "Đang soạn", false);
		save(demo, unit, quarter, true, "Quý IV: phòng hoàn thành phần lớn nhiệm vụ.");
		seenAs(demo, unit, quarter, "Đã gửi", true);
	}

	/**
	 * The head's menu (while the report is on it), the office's and the leader's list of
	 * the period, the report itself for its head and for the office, the dashboard: each
	 * answers and names the state.
	 */
	private void seenAs(DemoUsers demo, long unit, String period, String state, boolean late) throws Exception {
		Document mine = Jsoup.parse(Pages.ok(this.mvc, get("/reports/mine").with(demo.as("tp.bcvt"))));
		Element row = mine.getElementById("mine-" + period);
		if (!"Đã gửi".equals(state) || row != null) {
			assertThat(row).as("%s on the head's list", period).isNotNull();
			assertThat(row.text()).as("the head's list").contains(state);
			assertThat(row.text().contains("Gửi muộn")).as("late on the head's list").isEqualTo(late);
		}
		for (String reader : List.of("vanphong", "giamdoc", "khtc")) {
			Document list = Jsoup
				.parse(Pages.ok(this.mvc, get("/reports/units").param("period", period).with(demo.as(reader))));
			Element line = list.select("#unit-reports tr")
				.stream()
				.filter((tr) -> tr.select("a[href=/reports/units/" + unit + "/" + period + "]").size() == 1)
				.findFirst()
				.orElseThrow();
			assertThat(line.text()).as("%s's list", reader).contains(state);
			assertThat(line.text().contains("Gửi muộn")).as("late on %s's list", reader).isEqualTo(late);
		}
		for (String reader : List.of("tp.bcvt", "cv.bcvt", "vanphong", "giamdoc")) {
			Document report = Jsoup
				.parse(Pages.ok(this.mvc, get("/reports/units/" + unit + "/" + period).with(demo.as(reader))));
			assertThat(report.getElementById("report-status").text()).as("the report for %s", reader).contains(state);
			assertThat(report.getElementById("late-badge") != null).as("late for %s", reader).isEqualTo(late);
		}
		assertThat(Pages.ok(this.mvc, get("/dashboard").with(demo.as("giamdoc")))).doesNotContain("Chưa gửi: 0 ");
		Pages.ok(this.mvc, get("/reports/confidential").with(demo.as("tp.bcvt")));
		Pages.ok(this.mvc, get("/reports/department").param("period", period).with(demo.as("giamdoc")));
	}

	private void save(DemoUsers demo, long unit, String period, boolean send, String assessment) throws Exception {
		var request = post("/reports/units/" + unit + "/" + period).param("version", version(unit, period))
			.param("assessment", assessment)
			.with(demo.as("tp.bcvt"))
			.with(csrf());
		if (send) {
			request.param("send", "1");
		}
		var result = this.mvc.perform(request).andReturn();
		assertThat(result.getFlashMap().get("error")).as("saving %s", period).isNull();
	}

	private String version(long unit, String period) {
		return this.jdbc.sql("SELECT version FROM unit_report WHERE unit_id = :u AND period = :p")
			.param("u", unit)
			.param("p", period)
			.query(Long.class)
			.optional()
			.map(String::valueOf)
			.orElse("-1");
	}

	private void on(LocalDate day) {
		this.clock.moveTo(day.atTime(LocalTime.of(9, 0)).atZone(VIETNAM).toInstant());
	}

}
