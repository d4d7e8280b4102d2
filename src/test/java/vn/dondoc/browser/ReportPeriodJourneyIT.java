package vn.dondoc.browser;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.dondoc.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The director asks one unit for an ad hoc report in a real browser: a wrong date is
 * named beside its field with everything typed kept; the unit's head finds the request
 * among the unit's reports and sends it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportPeriodJourneyIT {

	@Autowired
	java.time.Clock clock;

	@LocalServerPort
	int port;

	@Test
	void theDirectorAsksAUnitForAnAdHocReportAndItsHeadSendsIt() throws Exception {
		String due = LocalDate.now(this.clock).plusDays(7).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("giamdoc", DemoUsers.PASSWORD);
			browser.waitForPath("/dashboard");
			browser.go("/reports/periods");
			browser.select("#kind", "Báo cáo đột xuất");
			browser.type("#title", "Kết quả phổ cập chữ ký số");
			browser.type("#scope", "Số cán bộ đã được cấp chữ ký số, khó khăn khi sử dụng.");
			browser.type("#due-new", "31/02/2027");
			String unit = browser.find("label[for^=unit-]").getText();
			browser.click("label[for^=unit-]");
			browser.click("#open-period");
			// The date is named beside its field; what was typed is still there.
			browser.waitForText("Ngày không hợp lệ");
			assertThat(browser.find("#due-new").getAttribute("class")).contains("is-invalid");
			assertThat(browser.find("#due-new").getAttribute("value")).isEqualTo("31/02/2027");
			assertThat(browser.find("#title").getAttribute("value")).isEqualTo("Kết quả phổ cập chữ ký số");
			assertThat(browser.find("input[id^=unit-]").isSelected()).isTrue();
			browser.type("#due-new", due);
			browser.click("#open-period");
			browser.waitForPath("/reports/units");
			assertThat(browser.find("h1").getText())
				.isEqualTo("Báo cáo đột xuất: Kết quả phổ cập chữ ký số của các đơn vị");
			assertThat(browser.findAll("#unit-reports tbody tr")).hasSize(1);
			assertThat(browser.find("#unit-reports tbody th").getText()).isEqualTo(unit);
			browser.screenshot("ad-hoc-request");
			String request = browser.path();
			browser.logOut();

			// The head of the unit asked finds it among the unit's reports and sends it.
			assertThat(unit).isEqualTo("Phòng Bưu chính – Viễn thông");
			browser.logIn("tp.bcvt", DemoUsers.PASSWORD);
			browser.waitForPath("/");
			browser.go("/reports/mine");
			String code = request.substring(request.indexOf("period=") + "period=".length());
			assertThat(browser.find("#mine-" + code).getText()).contains("Kết quả phổ cập chữ ký số", due, "Chưa lập");
			browser.click("#mine-" + code + " a");
			browser.waitForPathMatching("/reports/units/\\d+/" + code);
			assertThat(browser.find("#period-scope").getText())
				.isEqualTo("Số cán bộ đã được cấp chữ ký số, khó khăn khi sử dụng.");
			browser.type("#assessment", "Đã cấp chữ ký số cho 42/45 cán bộ.");
			browser.clickAndConfirm("#send-report");
			browser.waitForText("Đã gửi báo cáo.");
			browser.screenshot("ad-hoc-report-sent");
		}
	}

}
