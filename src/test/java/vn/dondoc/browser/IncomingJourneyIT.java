package vn.dondoc.browser;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.dondoc.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 in Chromium: the office receives the sample edXML package (a công văn of UBND
 * tỉnh with its PDF), opens it as a filled registration form with the PDF beside and the
 * tasks read from the PDF, keeps two, registers it, and sees the statuses its issuer was
 * sent.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class IncomingJourneyIT {

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@TempDir
	Path work;

	@Test
	void theOfficeTakesAnArrivedDocumentThrough() throws Exception {
		String number = String.valueOf(5000 + System.nanoTime() % 4000);
		String sample = Files
			.readString(Path.of("src/main/resources/demo/edxml/cong-van-2150-UBND-KGVX.xml"), StandardCharsets.UTF_8)
			.replace("<edXML:CodeNumber>2150</edXML:CodeNumber>", "<edXML:CodeNumber>" + number + "</edXML:CodeNumber>")
			.replace(",2150/UBND-KGVX</edXML:DocumentId>", "," + number + "/UBND-KGVX</edXML:DocumentId>");
		Path file = this.work.resolve("goi-" + number + ".xml");
		Files.writeString(file, sample, StandardCharsets.UTF_8);
		long unit = this.jdbc.sql("SELECT id FROM unit WHERE code = 'CNTT'").query(Long.class).single();
		try (Browser browser = Browser.open(this.port)) {
			browser.logIn("vanphong", DemoUsers.PASSWORD);
			browser.waitForPath("/dashboard");
			browser.click("#nav-incoming");
			browser.waitForPath("/directives/incoming");
			browser.find("#package").sendKeys(file.toAbsolutePath().toString());
			browser.click("#upload");
			browser.waitForPathMatching("/directives/incoming/\\d+");
			String incoming = browser.path();
			assertThat(browser.text()).contains(number + "/UBND-KGVX", "Chờ vào sổ", "Thượng khẩn",
					"KT. CHỦ TỊCH – PHÓ CHỦ TỊCH Nguyễn Văn An", "2150-UBND-KGVX.pdf");
			assertThat(browser.find("#status-table").getText()).contains("01", "Đã đến");

			browser.click("#register-incoming");
			browser.waitForPathMatching("/directives/new");
			assertThat(browser.find("#numberSymbol").getDomProperty("value")).isEqualTo(number + "/UBND-KGVX");
			assertThat(browser.find("#kind").getDomProperty("value")).isEqualTo("CONG_VAN");
			assertThat(browser.find("#f-issueDate").getDomProperty("value")).isEqualTo("16/11/2026");
			assertThat(browser.find("#signerPosition").getDomProperty("value")).isEqualTo("PHO_CHU_TICH");
			assertThat(browser.find("#f-summary").getDomProperty("value"))
				.isEqualTo("V/v triển khai nền tảng số dùng chung của tỉnh năm 2027");
			assertThat(browser.find("#incoming-document iframe").getDomAttribute("src"))
				.matches("/directives/incoming/\\d+/files/\\d+");
			// The tasks are read from the PDF: three proposed, each marked with its
			// passage.
			assertThat(browser.find("#read-summary").getText()).contains("3 nhiệm vụ");
			assertThat(browser.find("#f-tasks-0-content").getDomProperty("value"))
				.startsWith("Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài chính");
			assertThat(browser.find("#f-tasks-0-deadline").getDomProperty("value")).isEqualTo("31/12/2026");
			assertThat(browser.find("#f-tasks-1-deadline").getDomProperty("value")).isEqualTo("15/04/2027");
			assertThat(browser.find("#task-0 .read-mark").getDomAttribute("title")).contains("trước ngày 31 tháng 12");
			// The clerk keeps the Department's two, drops the one for all sở, ban, ngành.
			browser.clickAndConfirm("#remove-task-2");
			browser.waitUntil(() -> !browser.shown("#task-2"));
			browser.selectValue("#f-tasks-0-leadUnitId", unit);
			browser.selectValue("#f-tasks-1-leadUnitId", unit);
			browser.click("#save-directive");
			browser.waitForText("Đã vào sổ văn bản " + number + "/UBND-KGVX.");
			assertThat(browser.text()).contains("2150-UBND-KGVX.pdf");
			assertThat(this.jdbc
				.sql("SELECT count(*) FROM task t JOIN directive d ON d.id = t.directive_id "
						+ "WHERE d.number_symbol = :n AND t.deadline IN ('2026-12-31', '2027-04-15')")
				.param("n", number + "/UBND-KGVX")
				.query(Long.class)
				.single()).isEqualTo(2);

			browser.go(incoming);
			assertThat(browser.text()).contains("Đã vào sổ");
			assertThat(browser.find("#status-table").getText()).contains("03", "Đã tiếp nhận");
			assertThat(browser.has("#register-incoming")).isFalse();
		}
	}

}
