package vn.dondoc.browser;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.dondoc.DemoUsers;
import vn.dondoc.common.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month-end cycle of September 2027 as the people who run it, in Chromium: two unit
 * heads send (one also the third quarter's report, one only the month's and is urged for
 * the quarter's); the office finds the reports waiting for it, drafts the Department's
 * report from one snapshot of figures and submits it; the director returns it once, sees
 * what changed and approves it; the office issues it; anyone reads it on the public page,
 * and the units are told.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MonthEndJourneyIT {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void theMonthEndCycleFromTheUnitsToThePublicPage() throws Exception {
		this.jdbc.sql("DELETE FROM unit_report WHERE period IN ('2027-09', '2027-Q3')").update();
		this.jdbc.sql("DELETE FROM report_urge WHERE period IN ('2027-09', '2027-Q3')").update();
		this.jdbc.sql("DELETE FROM department_report WHERE period = '2027-09'").update();
		long cntt = unit("CNTT");
		long bcvt = unit("BCVT");
		try (Browser browser = Browser.open(this.port)) {
			// Tuesday 7 September: the units write (due Friday the 10th).
			on(7, 9);
			browser.logIn("tp.cntt", DemoUsers.PASSWORD);
			browser.waitForPath("/");
			browser.go("/reports/mine");
			browser.click("#mine-2027-09 a");
			browser.waitForPathMatching("/reports/units/\\d+/2027-09");
			browser.type("#assessment", "Hoàn thành các nhiệm vụ trọng tâm.\nTriển khai xong nền tảng số.");
			browser.clickAndConfirm("#send-report");
			browser.waitForText("Đã gửi báo cáo.");
			// The month's report is also the quarter's: a second report, sent on its own.
			browser.click("#quarter-link");
			browser.waitForPathMatching("/reports/units/\\d+/2027-Q3");
			browser.type("#assessment", "Quý III: hoàn thành 95% nhiệm vụ.");
			browser.clickAndConfirm("#send-report");
			browser.waitForText("Đã gửi báo cáo.");
			browser.logOut();

			browser.logIn("tp.bcvt", DemoUsers.PASSWORD);
			browser.waitForPath("/");
			browser.go("/reports/units/" + bcvt + "/2027-09");
			browser.type("#assessment", "Phòng hoàn thành kế hoạch tháng.");
			browser.clickAndConfirm("#send-report");
			browser.waitForText("Đã gửi báo cáo.");
			// Its dashboard counts the two reports apart.
			browser.go("/dashboard");
			assertThat(browser.find("#reports-pending-2027-09").getText())
				.isEqualTo("Báo cáo tháng 9/2027: đơn vị đã gửi");
			assertThat(browser.find("#reports-pending-2027-Q3").getText())
				.isEqualTo("Báo cáo quý III/2027: đơn vị chưa gửi");
			browser.logOut();

			// Monday 13 September: the office sees what waits for it, urges BCVT about
			// the quarter, drafts and submits.
			on(13, 8);
			browser.logIn("vanphong", DemoUsers.PASSWORD);
			browser.waitForPath("/dashboard");
			browser.click("#my-work summary");
			assertThat(browser.find("#report-work").getText()).contains("báo cáo đơn vị tháng 9/2027 mới gửi");
			browser.go("/reports/units?period=2027-Q3");
			browser.click("#urge-" + bcvt);
			browser.waitForPathMatching("/reports/units/" + bcvt + "/2027-Q3#urge-form");
			browser.select("#urge-channel", "Điện thoại");
			browser.type("#urge-note", "Đề nghị gửi báo cáo quý III trong ngày.");
			browser.click("#urge");
			browser.waitForText("Đã ghi nhận đôn đốc");
			assertThat(browser.find("#report-urges").getText()).contains("Điện thoại", "trong ngày");

			browser.go("/reports/department?period=2027-09");
			browser.click("#draft-department");
			browser.waitForText("Báo cáo đơn vị đã tổng hợp");
			assertThat(browser.find("#department-figures-at").getText()).contains("08:00 ngày 13/09/2027");
			assertThat(browser.find("#source-" + cntt).getText()).contains("Đã tổng hợp");
			assertThat(browser.find("#source-" + bcvt).getText()).contains("Đã tổng hợp");
			assertThat(browser.find("#body").getAttribute("value")).contains("Triển khai xong nền tảng số.");
			browser.clickAndConfirm("#submit-department");
			browser.waitForText("Đã trình Lãnh đạo Sở.");
			browser.logOut();

			// The director returns it once.
			on(13, 10);
			browser.logIn("giamdoc", DemoUsers.PASSWORD);
			browser.waitForPath("/dashboard");
			browser.click("#my-work summary");
			assertThat(browser.find("#report-work").getText())
				.contains("Báo cáo tháng 9/2027 của Sở chờ Lãnh đạo duyệt");
			browser.click("#report-work a[href*='/reports/department']");
			browser.waitForPath("/reports/department");
			browser.type("#comment", "Bổ sung đánh giá chung của Sở.");
			browser.click("#return-department");
			browser.waitForText("Đã trả lại báo cáo để sửa.");
			browser.logOut();

			// The office adds what was asked and submits again.
			on(13, 14);
			browser.logIn("vanphong", DemoUsers.PASSWORD);
			browser.waitForPath("/dashboard");
			browser.go("/reports/department?period=2027-09");
			assertThat(browser.find("#department-returned").getText()).contains("Bổ sung đánh giá chung của Sở.");
			WebElement body = browser.find("#body");
			body.sendKeys("\n\nIV. ĐÁNH GIÁ CHUNG\n\nSở hoàn thành tốt nhiệm vụ tháng 9.");
			browser.clickAndConfirm("#submit-department");
			browser.waitForText("Đã trình Lãnh đạo Sở.");
			browser.logOut();

			// The director sees what changed and approves.
			browser.logIn("giamdoc", DemoUsers.PASSWORD);
			browser.waitForPath("/dashboard");
			browser.go("/reports/department?period=2027-09");
			assertThat(browser.find("#department-previous").getText()).contains("Bổ sung đánh giá chung của Sở.");
			assertThat(browser.find("#department-changes").getText()).contains("Sở hoàn thành tốt nhiệm vụ tháng 9.");
			browser.clickAndConfirm("#approve-department");
			browser.waitForText("Đã duyệt báo cáo.");
			browser.logOut();

			// Tuesday 14 September: the office issues it; a wrong date first.
			on(14, 9);
			browser.logIn("vanphong", DemoUsers.PASSWORD);
			browser.waitForPath("/dashboard");
			browser.go("/reports/department?period=2027-09");
			browser.type("#number", "90/BC-STTTT");
			browser.type("#issuedOn", "31/09/2027");
			browser.type("#signer", "Nguyễn Văn Giám");
			browser.clickAndConfirm("#issue-department");
			browser.waitForText("ngày/tháng/năm");
			assertThat(browser.find("#number").getAttribute("value")).isEqualTo("90/BC-STTTT");
			assertThat(browser.find("#signer").getAttribute("value")).isEqualTo("Nguyễn Văn Giám");
			browser.type("#issuedOn", "14/09/2027");
			browser.clickAndConfirm("#issue-department");
			browser.waitForText("Đã ban hành và công bố báo cáo.");
			browser.screenshot("month-end-issued");
			browser.logOut();

			// Anyone reads it; the units were told.
			browser.go("/public/reports");
			browser.click("a[href^='/public/reports/']");
			browser.waitForPathMatching("/public/reports/\\d+");
			assertThat(browser.find("#public-issued").getText()).contains("90/BC-STTTT", "14/09/2027");
			assertThat(browser.find("#public-body").getText()).contains("Sở hoàn thành tốt nhiệm vụ tháng 9.",
					"Triển khai xong nền tảng số.");
			assertThat(browser.find("#figures-at").getText()).contains("08:00 ngày 13/09/2027");
			browser.logIn("tp.bcvt", DemoUsers.PASSWORD);
			browser.waitForPath("/");
			browser.go("/notifications");
			assertThat(browser.text()).contains("Báo cáo tháng 9/2027 của Sở đã ban hành (số 90/BC-STTTT)",
					"Đôn đốc gửi báo cáo quý III/2027");
		}
	}

	private long unit(String code) {
		return this.jdbc.sql("SELECT id FROM unit WHERE code = :code").param("code", code).query(Long.class).single();
	}

	private void on(int day, int hour) {
		this.clock.moveTo(LocalDate.of(2027, 9, day).atTime(LocalTime.of(hour, 0)).atZone(VN).toInstant());
	}

}
