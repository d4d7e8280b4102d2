package vn.dondoc.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.common.MovableClock;
import vn.dondoc.directive.Fixtures;
import vn.dondoc.organisation.UnitManagement;
import vn.dondoc.ranking.Ranking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The office urges a unit that has not sent its report (June 2027, due 10/06): from the
 * list of the units' reports to the unit's report, with the channels and weights of task
 * urging; the urge is logged with the report, counted on the list, told to the unit's
 * head, and counted in the unit's ranking. Nothing to urge once the report is sent.
 */
@IntegrationTest
class ReportUrgingIT {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitManagement units;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Ranking ranking;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void theOfficeUrgesAUnitAboutItsMissingReport() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		long unit = Fixtures.unit(this.units, "BCVT");
		String report = "/reports/units/" + unit + "/2027-06";
		this.jdbc.sql("DELETE FROM unit_report WHERE unit_id = :u AND period = '2027-06'").param("u", unit).update();
		this.jdbc.sql("DELETE FROM report_urge WHERE unit_id = :u AND period = '2027-06'").param("u", unit).update();
		this.clock.moveTo(LocalDate.of(2027, 6, 11).atTime(LocalTime.of(9, 0)).atZone(VN).toInstant());
		int before = urgesInRanking();

		Document list = Jsoup.parse(Pages.ok(this.mvc, get("/reports/units?period=2027-06").with(demo.as("vanphong"))));
		assertThat(list.getElementById("urge-" + unit).attr("href")).isEqualTo(report + "#urge-form");
		assertThat(row(list, unit).text()).contains("Chưa lập");

		// Not for the unit itself, and not without a channel.
		assertThat(this.mvc
			.perform(post(report + "/urges").param("channel", "PHONE")
				.param("weight", "REMINDER")
				.with(demo.as("tp.bcvt"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(urge(demo, null, "REMINDER").getFlashMap().get("error")).isEqualTo("urge.channel.required");
		assertThat(logged(unit)).isZero();

		assertThat(urge(demo, "PHONE", "REPRIMAND").getFlashMap().get("success")).isEqualTo("report.urged");
		Document page = Jsoup.parse(Pages.ok(this.mvc, get(report).with(demo.as("vanphong"))));
		assertThat(page.getElementById("report-urges").text()).contains("Điện thoại", "Phê bình", "Trưởng phòng",
				"Quá hạn gửi báo cáo");
		list = Jsoup.parse(Pages.ok(this.mvc, get("/reports/units?period=2027-06").with(demo.as("vanphong"))));
		assertThat(row(list, unit).select("td.text-end").text()).isEqualTo("1");
		assertThat(this.jdbc.sql("""
				SELECT n.link FROM notification n JOIN app_user u ON u.id = n.user_id
				WHERE u.username = 'tp.bcvt' AND n.idempotency_key LIKE :key
				""").param("key", "handoff:reportUrged:2027-06:" + unit + ":%").query(String.class).list())
			.containsExactly(report);
		assertThat(urgesInRanking()).isEqualTo(before + 1);

		// Sent: nothing more to urge, and no form offers it.
		this.mvc.perform(post(report).param("version", "-1")
			.param("assessment", "Đã hoàn thành.")
			.param("send", "1")
			.with(demo.as("tp.bcvt"))
			.with(csrf()));
		assertThat(urge(demo, "EMAIL", "REMINDER").getFlashMap().get("error")).isEqualTo("report.urge.sent");
		assertThat(logged(unit)).isEqualTo(1);
		assertThat(Jsoup.parse(Pages.ok(this.mvc, get(report).with(demo.as("vanphong")))).getElementById("urge-form"))
			.isNull();
	}

	private MvcResult urge(DemoUsers demo, String channel, String weight) throws Exception {
		var request = post("/reports/units/" + Fixtures.unit(this.units, "BCVT") + "/2027-06/urges")
			.param("weight", weight)
			.param("targetPerson", "Trưởng phòng")
			.param("note", "Quá hạn gửi báo cáo")
			.with(demo.as("vanphong"))
			.with(csrf());
		if (channel != null) {
			request.param("channel", channel);
		}
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return result;
	}

	private int logged(long unit) {
		return this.jdbc.sql("SELECT count(*) FROM report_urge WHERE unit_id = :u AND period = '2027-06'")
			.param("u", unit)
			.query(Integer.class)
			.single();
	}

	private int urgesInRanking() {
		return this.ranking.month(YearMonth.of(2027, 6))
			.rows()
			.stream()
			.filter((row) -> row.unitName().equals("Phòng Bưu chính – Viễn thông"))
			.findFirst()
			.orElseThrow()
			.urges();
	}

	private static Element row(Document list, long unit) {
		return list.select("#unit-reports tbody tr")
			.stream()
			.filter((tr) -> tr.select("a[href=/reports/units/" + unit + "/2027-06]").size() == 1)
			.findFirst()
			.orElseThrow();
	}

}
