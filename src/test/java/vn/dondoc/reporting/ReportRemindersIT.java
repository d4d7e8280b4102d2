package vn.dondoc.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
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
import vn.dondoc.urging.MonthlyCycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * In a quarter's last month the monthly and the quarterly report are two reports: the
 * cycle's reminder names only those a unit has not sent and links to the first one's
 * form, and the office's and leadership's reminders link to the reports, not to tasks.
 */
@IntegrationTest
class ReportRemindersIT {

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

	@Autowired
	MonthlyCycle cycle;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void theUnitReminderNamesOnlyTheReportsStillUnsentAndOpensTheFirstOnesForm() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		long bcvt = Fixtures.unit(this.units, "BCVT");
		long cntt = Fixtures.unit(this.units, "CNTT");
		this.jdbc.sql("DELETE FROM unit_report WHERE unit_id IN (:u) AND period IN ('2026-12', '2026-Q4')")
			.param("u", java.util.List.of(bcvt, cntt))
			.update();
		this.jdbc.sql("DELETE FROM notification WHERE idempotency_key LIKE 'cycle:%:2026-12-08:%'").update();
		this.jdbc.sql("DELETE FROM mail_outbox WHERE idempotency_key LIKE 'cycle:%:2026-12-08:%'").update();
		// BCVT sends its December report on Monday 7 December; its quarter report is not
		// sent. CNTT has sent neither.
		on(LocalDate.of(2026, 12, 7));
		this.mvc
			.perform(post("/reports/units/" + bcvt + "/2026-12").param("version", "-1")
				.param("assessment", "Hoàn thành các nhiệm vụ của tháng.")
				.param("send", "1")
				.with(demo.as("tp.bcvt"))
				.with(csrf()))
			.andReturn();
		assertThat(status(bcvt, "2026-12")).isEqualTo("SUBMITTED");

		// Tuesday 8 December: the second reminder day of the cycle.
		on(LocalDate.of(2026, 12, 8));
		assertThat(this.cycle.run()).isPositive();

		String[] bcvtNotice = notice("tp.bcvt");
		assertThat(bcvtNotice[0]).contains("quý IV/2026").doesNotContain("tháng 12/2026");
		assertThat(bcvtNotice[1]).isEqualTo("/reports/units/" + bcvt + "/2026-Q4");

		String[] cnttNotice = notice("tp.cntt");
		assertThat(cnttNotice[0]).contains("tháng 12/2026").contains("quý IV/2026");
		assertThat(cnttNotice[1]).isEqualTo("/reports/units/" + cntt + "/2026-12");
		assertThat(mailBody("tp.cntt")).contains("Đây là 2 báo cáo riêng");
		assertThat(mailBody("tp.bcvt")).doesNotContain("báo cáo riêng");

		// A second run the same day delivers nothing more.
		assertThat(this.cycle.run()).isZero();

		// The dashboards count each report on its own.
		Document own = Jsoup.parse(Pages.ok(this.mvc, get("/dashboard").with(demo.as("tp.bcvt"))));
		assertThat(own.getElementById("reports-pending-2026-12").text())
			.isEqualTo("Báo cáo tháng 12/2026: đơn vị đã gửi");
		assertThat(own.getElementById("reports-pending-2026-Q4").text())
			.isEqualTo("Báo cáo quý IV/2026: đơn vị chưa gửi");
		Document all = Jsoup.parse(Pages.ok(this.mvc, get("/dashboard").with(demo.as("giamdoc"))));
		int monthOwing = owing("2026-12");
		int quarterOwing = owing("2026-Q4");
		assertThat(quarterOwing).isGreaterThan(monthOwing);
		assertThat(all.getElementById("reports-pending-2026-12").text())
			.startsWith("Báo cáo tháng 12/2026: chưa gửi " + monthOwing + " đơn vị")
			.doesNotContain("Bưu chính");
		assertThat(all.getElementById("reports-pending-2026-Q4").text())
			.startsWith("Báo cáo quý IV/2026: chưa gửi " + quarterOwing + " đơn vị")
			.contains("Bưu chính");
		assertThat(all.getElementById("reports-title").parent().text()).contains("2 báo cáo cùng đến hạn");
	}

	@Test
	void theOfficesReminderOnTheDueDayListsEachReportsMissingUnitsAndLinksToThem() {
		this.jdbc.sql("DELETE FROM notification WHERE idempotency_key LIKE 'cycle:%:2026-12-10:%'").update();
		this.jdbc.sql("DELETE FROM mail_outbox WHERE idempotency_key LIKE 'cycle:%:2026-12-10:%'").update();
		// Thursday 10 December 2026: the unit reports are due.
		on(LocalDate.of(2026, 12, 10));
		this.cycle.run();
		String[] notice = notice("vanphong");
		assertThat(notice[1]).isEqualTo("/reports/units?period=2026-12");
		assertThat(mailBody("vanphong")).contains("Báo cáo tháng 12/2026:").contains("Báo cáo quý IV/2026:");
	}

	private String[] notice(String login) {
		return this.jdbc.sql("""
				SELECT n.title, n.link FROM notification n JOIN app_user u ON u.id = n.user_id
				WHERE u.username = :login AND n.idempotency_key LIKE 'cycle:%' ORDER BY n.id DESC LIMIT 1
				""")
			.param("login", login)
			.query((rs, row) -> new String[] { rs.getString(1), rs.getString(2) })
			.single();
	}

	private String mailBody(String login) {
		return this.jdbc.sql("""
				SELECT m.body_text FROM mail_outbox m JOIN app_user u ON u.email = m.recipient
				WHERE u.username = :login AND m.idempotency_key LIKE 'cycle:%' ORDER BY m.id DESC LIMIT 1
				""").param("login", login).query(String.class).single();
	}

	/** The units that have not sent a period's report, counted here on their own. */
	private int owing(String period) {
		return this.jdbc.sql("""
				SELECT count(*) FROM unit u WHERE u.active AND u.kind <> 'DEPARTMENT' AND NOT EXISTS
				  (SELECT 1 FROM unit_report r WHERE r.unit_id = u.id AND r.period = :p AND r.status = 'SUBMITTED')
				""").param("p", period).query(Integer.class).single();
	}

	private String status(long unit, String period) {
		return this.jdbc.sql("SELECT status FROM unit_report WHERE unit_id = :u AND period = :p")
			.param("u", unit)
			.param("p", period)
			.query(String.class)
			.single();
	}

	private void on(LocalDate day) {
		this.clock.moveTo(day.atTime(LocalTime.of(9, 0)).atZone(VIETNAM).toInstant());
	}

}
