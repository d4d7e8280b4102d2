package vn.dondoc.browser;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.dondoc.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An administrator sets up a unit and a person; that person logs in for the first time,
 * is made to choose a password, and lands on the home page. In a real browser.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AdministrationJourneyIT {

	@LocalServerPort
	int port;

	@Test
	void adminCreatesUnitAndUserWhoMustChangePasswordAtFirstLogin() throws Exception {
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("admin", DemoUsers.PASSWORD);
			browser.waitForPath("/");
			assertThat(browser.text()).contains("Xin chào, Quản trị hệ thống");

			browser.go("/admin/units/new");
			browser.type("#name", "Phòng Chuyển đổi số");
			browser.type("#code", "CDS");
			browser.select("#kind", "Phòng chuyên môn");
			browser.select("#parentId", "Sở Thông tin và Truyền thông");
			browser.click("#save");
			browser.waitForPath("/admin/units");
			assertThat(browser.text()).contains("Đã thêm đơn vị \"Phòng Chuyển đổi số\".");
			browser.screenshot("units");

			browser.go("/admin/users/new");
			browser.type("#username", "cv.cds");
			browser.type("#fullName", "Nguyễn Văn Số");
			browser.select("#unitId", "\u00a0\u00a0\u00a0Phòng Chuyển đổi số");
			browser.click("input[value=STAFF]");
			browser.type("#temporaryPassword", "tam-thoi-123");
			browser.click("#save");
			browser.waitForPathMatching("/admin/users/\\d+");
			assertThat(browser.find("h1").getText()).isEqualTo("Nguyễn Văn Số");
			assertThat(browser.text()).contains("Phải đổi mật khẩu");
			browser.logOut();

			browser.logIn("cv.cds", "tam-thoi-123");
			browser.waitForPath("/profile/password");
			assertThat(browser.find("#must-change").getText()).contains("đặt mật khẩu mới");
			browser.go("/");
			browser.waitForPath("/profile/password");
			browser.type("#currentPassword", "tam-thoi-123");
			browser.type("#newPassword", "mat-khau-cua-toi");
			browser.type("#confirmPassword", "mat-khau-cua-toi");
			browser.click("#change-password");
			browser.waitForPath("/");
			assertThat(browser.text()).contains("Xin chào, Nguyễn Văn Số").contains("Phòng Chuyển đổi số");
			browser.screenshot("home");
		}
	}

}
