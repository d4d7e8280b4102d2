package vn.dondoc.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.cache.CacheManager;
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
 * Issue 31: {@code /reports} says to each person what they may open and what is due by
 * when; a unit sends its March report and its first-quarter report in one step, after a
 * confirmation; the dashboard's "reports pending" changes at once; leadership is warned,
 * with the units' names, when the Department's report goes forward before its period has
 * ended or before every unit has reported.
 */
@IntegrationTest
class ReportsPageIT {

	private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	MovableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitManagement units;

	@Autowired
	CacheManager caches;

	@Autowired
	DepartmentReporting department;

	@Autowired
	ReportPeriodManagement periods;

	@AfterEach
	void reset() {
		this.clock.reset();
		this.caches.getCache("dashboard").clear();
	}

	private Document page(String path, String login) throws Exception {
		return Jsoup.parse(Pages.ok(this.mvc, get(path).with(new DemoUsers(this.users).as(login))));
	}

	@Test
	void eachPersonSeesWhatIsDueAndAUnitSendsItsMonthAndQuarterTogether() throws Exception {
		// Thursday 4 March 2027: March's report and the first quarter's are both due on
		// the 10th (no other test writes these).
		this.clock.moveTo(LocalDate.of(2027, 3, 4).atTime(LocalTime.of(9, 0)).atZone(VN).toInstant());
		long unit = Fixtures.unit(this.units, "TTBCXB");
		String unitName = this.jdbc.sql("SELECT name FROM unit WHERE id = :id")
			.param("id", unit)
			.query(String.class)
			.single();

		Document head = page("/reports", "tp.ttbcxb");
		assertThat(head.getElementById("unit-2027-03").text()).contains("10/03/2027").contains("Lập, gửi");
		assertThat(head.getElementById("unit-2027-Q1")).isNotNull();
		assertThat(head.getElementById("department-due")).isNull();
		Document staff = page("/reports", "cv.ttbcxb");
		assertThat(staff.getElementById("unit-2027-03").text()).contains("Xem").doesNotContain("Lập, gửi");
		Document admin = page("/reports", "admin");
		assertThat(admin.getElementById("unit-reports")).isNull();
		assertThat(admin.getElementById("department-due")).isNull();
		assertThat(admin.getElementById("report-links").text()).contains("Xếp hạng");
		Document leader = page("/reports", "giamdoc");
		String before = leader.select("#department-2027-03 td a").first().text();
		assertThat(leader.getElementById("department-2027-03").text()).contains("12/03/2027").contains("15/03/2027");
		assertThat(leader.getElementById("department-2027-Q1")).isNotNull();

		// The dashboard (cached for a minute) lists the unit among those owing.
		assertThat(page("/dashboard", "giamdoc").getElementById("reports-pending").text()).contains(unitName);

		Document form = page("/reports/units/" + unit + "/2027-03", "tp.ttbcxb");
		assertThat(form.getElementById("send-report").attr("data-confirm")).contains("Gửi báo cáo");
		assertThat(form.getElementById("also-quarter")).isNotNull();
		this.mvc
			.perform(post("/reports/units/" + unit + "/2027-03").param("version", "-1")
				.param("assessment", "Hoàn thành các nhiệm vụ của tháng và quý.")
				.param("send", "1")
				.param("alsoQuarter", "1")
				.with(new DemoUsers(this.users).as("tp.ttbcxb"))
				.with(csrf()))
			.andReturn();
		assertThat(this.jdbc
			.sql("""
					SELECT period || ':' || status FROM unit_report WHERE unit_id = :unit AND period IN ('2027-03', '2027-Q1')
					ORDER BY period
					""")
			.param("unit", unit)
			.query(String.class)
			.list()).containsExactly("2027-03:SUBMITTED", "2027-Q1:SUBMITTED");
		assertThat(page("/dashboard", "giamdoc").getElementById("reports-pending").text()).as("at once")
			.doesNotContain(unitName);
		String after = page("/reports", "giamdoc").select("#department-2027-03 td a").first().text();
		assertThat(Integer.parseInt(after.split("/")[0])).isEqualTo(Integer.parseInt(before.split("/")[0]) + 1);
		// Sent: the month no longer offers the quarter.
		assertThat(page("/reports/units/" + unit + "/2027-03", "tp.ttbcxb").getElementById("also-quarter")).isNull();

		// The Department's March report submitted on the 4th: the period runs to the
		// 10th and units have not reported.
		ReportPeriod march = this.periods.find("2027-03").orElseThrow();
		this.department.draft(Fixtures.actor(this.users, "vanphong"), march);
		long version = this.department.of(march).orElseThrow().version();
		this.department.save(Fixtures.actor(this.users, "vanphong"), march, version, "Báo cáo tháng 3.", true);
		String warning = page("/reports/department?period=2027-03", "giamdoc").getElementById("department-early")
			.text();
		assertThat(warning).contains("chưa kết thúc")
			.contains("10/03/2027")
			.contains("Thanh tra")
			.doesNotContain(unitName);

		// The draft as Word and as PDF: numbered as a real draft, dated at the place.
		byte[] pdf = this.mvc
			.perform(get("/reports/department/2027-03/pdf").with(new DemoUsers(this.users).as("giamdoc")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("Số: …/BC-STTTT").contains("Gia Lai, ngày");
		}
		byte[] docx = this.mvc
			.perform(get("/reports/department/2027-03/docx").with(new DemoUsers(this.users).as("giamdoc")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (org.apache.poi.xwpf.extractor.XWPFWordExtractor words = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(
				new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx)))) {
			assertThat(words.getText()).contains("Số: …/BC-STTTT").contains("Gia Lai, ngày");
		}
	}

}
