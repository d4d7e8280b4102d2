package vn.dondoc.reporting;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.directive.Fixtures;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Periods beyond the month: the office sets up the 6-month report with UBND's due date,
 * leadership asks two units for an ad hoc report, the quarter comes from the calendar;
 * each unit report knows its period, who is asked, and where its figures go.
 */
@IntegrationTest
class ReportPeriodIT {

	private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.dondoc.directive.DirectiveRegistration registration;

	@Autowired
	vn.dondoc.common.MovableClock clock;

	@Autowired
	ReportPeriodManagement periods;

	@Autowired
	UnitReporting unitReports;

	@Autowired
	vn.dondoc.urging.MonthlyCycle cycle;

	@Autowired
	vn.dondoc.urging.ReportDutySource duties;

	@Test
	void theOfficeSetsUpTheHalfYearReportAndItsDueDateMoves() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		LocalDate today = LocalDate.now(this.clock);
		String year = String.valueOf(today.getYear());
		// Bad input: a message beside the field, what was typed kept, nothing stored.
		long before = count();
		var refused = this.mvc
			.perform(post("/reports/periods").with(demo.as("vanphong"))
				.with(csrf())
				.param("kind", "HALF_YEAR")
				.param("year", year)
				.param("due", "31/02/" + year))
			.andReturn();
		assertThat(refused.getResponse().getRedirectedUrl()).startsWith("/reports/periods");
		java.util.Map<String, Object> kept = refused.getFlashMap();
		assertThat(kept.get("fieldError")).isEqualTo("due");
		assertThat(kept.get("error")).isEqualTo("period.date.invalid");
		assertThat(kept.get("typed").toString()).contains("due=31/02/" + year, "kind=HALF_YEAR");
		for (String[] bad : new String[][] { { "kind", "MONTH" }, { "kind", "WEEK" }, { "year", "20x6" },
				{ "due", DMY.format(today.minusDays(1)) }, { "from", "32/01/" + year }, { "due", "01/01/+9999999" },
				{ "due", "31/12/2201" }, { "to", "01/01/-2027" } }) {
			var request = post("/reports/periods").with(demo.as("vanphong"))
				.with(csrf())
				.param("kind", "HALF_YEAR")
				.param("year", year)
				.param("due", DMY.format(today.plusDays(20)));
			request.param(bad[0], bad[1]);
			var flash = this.mvc.perform(request).andReturn().getFlashMap();
			assertThat(flash.get("fieldError")).as(bad[0] + "=" + bad[1]).isEqualTo(bad[0]);
		}
		assertThat(count()).isEqualTo(before);
		// A unit head or a member of staff cannot set up a period.
		assertThat(this.mvc
			.perform(post("/reports/periods").with(demo.as("tp.cntt"))
				.with(csrf())
				.param("kind", "HALF_YEAR")
				.param("year", year)
				.param("due", DMY.format(today.plusDays(20))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);

		// The office sets it up; the figures cover the first half by default.
		String created = this.mvc
			.perform(post("/reports/periods").with(demo.as("vanphong"))
				.with(csrf())
				.param("kind", "HALF_YEAR")
				.param("year", year)
				.param("due", DMY.format(today.plusDays(20))))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		assertThat(created).matches("/reports/units\\?period=P\\d+");
		String code = created.substring(created.indexOf('=') + 1);
		Document list = Jsoup.parse(Pages.ok(this.mvc, get(created).with(demo.as("vanphong"))));
		assertThat(list.select("h1").text()).isEqualTo("Báo cáo 6 tháng đầu năm " + year + " của các đơn vị");
		assertThat(list.text()).contains("Kỳ báo cáo từ 01/01/" + year + " đến 30/06/" + year,
				"hạn gửi chậm nhất ngày " + DMY.format(today.plusDays(20)), "Yêu cầu bởi Lê Thị Hồng.");
		assertThat(list.select("#unit-reports tbody tr")).hasSize(7);
		// The same report twice in a year is refused.
		assertThat(this.mvc
			.perform(post("/reports/periods").with(demo.as("khtc"))
				.with(csrf())
				.param("kind", "HALF_YEAR")
				.param("year", year)
				.param("due", DMY.format(today.plusDays(25))))
			.andReturn()
			.getFlashMap()
			.get("error")).isEqualTo("period.duplicate");

		// UBND moves the due date: the office changes it; a stale form is refused.
		long id = Long.parseLong(code.substring(1));
		this.mvc.perform(post("/reports/periods/" + id + "/due").with(demo.as("khtc"))
			.with(csrf())
			.param("version", "0")
			.param("due", DMY.format(today.plusDays(30))));
		assertThat(this.mvc
			.perform(post("/reports/periods/" + id + "/due").with(demo.as("vanphong"))
				.with(csrf())
				.param("version", "0")
				.param("due", DMY.format(today.plusDays(40))))
			.andReturn()
			.getFlashMap()
			.get("error")).isEqualTo("period.stale");
		assertThat(this.jdbc.sql("SELECT due_on FROM report_period WHERE id = :id")
			.param("id", id)
			.query(LocalDate.class)
			.single()).isEqualTo(today.plusDays(30));
		assertThat(this.mvc
			.perform(post("/reports/periods/" + id + "/due").with(demo.as("giamdoc"))
				.with(csrf())
				.param("version", "1")
				.param("due", DMY.format(today.plusDays(40))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.jdbc.sql(
				"SELECT count(*) FROM audit_event WHERE action IN ('REPORT_PERIOD_OPENED', 'REPORT_PERIOD_DUE_CHANGED') "
						+ "AND entity_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(2);

		// Every unit's head finds it among what the unit is asked for, and writes it.
		long cntt = Fixtures.unit(this.units, "CNTT");
		Document mine = Jsoup.parse(Pages.ok(this.mvc, get("/reports/mine").with(demo.as("tp.cntt"))));
		assertThat(mine.select("#mine-" + code).text()).contains("6 tháng đầu năm " + year, "Chưa lập");
		Document report = Jsoup
			.parse(Pages.ok(this.mvc, get("/reports/units/" + cntt + "/" + code).with(demo.as("tp.cntt"))));
		assertThat(report.select("h1").text())
			.isEqualTo("Báo cáo 6 tháng đầu năm " + year + " – Phòng Công nghệ thông tin");
		assertThat(report.select("#report-form")).hasSize(1);

		// The Department's own report of the period: drafted, and its Word document
		// titled
		// with the period.
		this.mvc.perform(post("/reports/department/" + code + "/draft").with(demo.as("khtc")).with(csrf()));
		Document department = Jsoup
			.parse(Pages.ok(this.mvc, get("/reports/department?period=" + code).with(demo.as("giamdoc"))));
		assertThat(department.select("h1").text())
			.isEqualTo("Báo cáo tình hình, kết quả thực hiện nhiệm vụ 6 tháng đầu năm " + year);
		byte[] docx = this.mvc.perform(get("/reports/department/" + code + "/docx").with(demo.as("giamdoc")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var word = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
				var extractor = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(word)) {
			assertThat(extractor.getText())
				.contains("Tình hình, kết quả thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao 6 tháng đầu năm "
						+ year, "01/01/" + year, "30/06/" + year);
		}
		byte[] annex = this.mvc.perform(get("/reports/department/" + code + "/tasks.xlsx").with(demo.as("giamdoc")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(annex))) {
			assertThat(book.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
				.isEqualTo("Phụ lục: danh sách nhiệm vụ 6 tháng đầu năm " + year + " (từ 01/01/" + year + " đến 30/06/"
						+ year + ")");
		}
	}

	@Test
	void leadershipAsksTwoUnitsForAnAdHocReport() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		LocalDate today = LocalDate.now(this.clock);
		long cntt = Fixtures.unit(this.units, "CNTT");
		long bcvt = Fixtures.unit(this.units, "BCVT");
		long ttra = Fixtures.unit(this.units, "TTRA");
		// A title is required, and units must exist.
		assertThat(this.mvc
			.perform(post("/reports/periods").with(demo.as("giamdoc"))
				.with(csrf())
				.param("kind", "AD_HOC")
				.param("due", DMY.format(today.plusDays(7))))
			.andReturn()
			.getFlashMap()
			.get("fieldError")).isEqualTo("title");
		assertThat(this.mvc
			.perform(post("/reports/periods").with(demo.as("giamdoc"))
				.with(csrf())
				.param("kind", "AD_HOC")
				.param("title", "Chuyển đổi số cấp xã")
				.param("units", String.valueOf(cntt), "999999")
				.param("due", DMY.format(today.plusDays(7))))
			.andReturn()
			.getFlashMap()
			.get("fieldError")).isEqualTo("units");
		// A due date beyond what a record can hold is a wrong date, not a server error.
		assertThat(this.mvc
			.perform(post("/reports/periods").with(demo.as("giamdoc"))
				.with(csrf())
				.param("kind", "AD_HOC")
				.param("title", "Xa quá")
				.param("due", "31/12/2201"))
			.andReturn()
			.getFlashMap()
			.get("fieldError")).isEqualTo("due");
		// Leadership may ask for an ad hoc report, not set up the 6-month one.
		assertThat(this.mvc
			.perform(post("/reports/periods").with(demo.as("giamdoc"))
				.with(csrf())
				.param("kind", "YEAR")
				.param("year", String.valueOf(today.getYear()))
				.param("due", DMY.format(today.plusDays(7))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		String created = this.mvc
			.perform(post("/reports/periods").with(demo.as("giamdoc"))
				.with(csrf())
				.param("kind", "AD_HOC")
				.param("title", "Chuyển đổi số cấp xã")
				.param("scope", "Kết quả triển khai <b>dịch vụ công</b> trực tuyến toàn trình")
				.param("units", String.valueOf(cntt), String.valueOf(bcvt))
				.param("from", "01/01/" + today.getYear())
				.param("due", DMY.format(today.plusDays(7))))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		String code = created.substring(created.indexOf('=') + 1);
		Document list = Jsoup.parse(Pages.ok(this.mvc, get(created).with(demo.as("vanphong"))));
		assertThat(list.select("h1").text()).isEqualTo("Báo cáo đột xuất: Chuyển đổi số cấp xã của các đơn vị");
		assertThat(list.select("#unit-reports tbody th").eachText()).containsExactly("Phòng Bưu chính – Viễn thông",
				"Phòng Công nghệ thông tin");
		// The request's words are shown as text, never as markup.
		assertThat(
				this.mvc.perform(get(created).with(demo.as("vanphong"))).andReturn().getResponse().getContentAsString())
			.contains("&lt;b&gt;")
			.doesNotContain("<b>");

		// A unit asked sees it and sends it; a unit not asked neither sees it nor can
		// send it.
		assertThat(
				Jsoup.parse(Pages.ok(this.mvc, get("/reports/mine").with(demo.as("tp.cntt")))).select("#mine-" + code))
			.hasSize(1);
		assertThat(
				Jsoup.parse(Pages.ok(this.mvc, get("/reports/mine").with(demo.as("tp.ttra")))).select("#mine-" + code))
			.isEmpty();
		assertThat(this.mvc.perform(get("/reports/units/" + ttra + "/" + code).with(demo.as("tp.ttra")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc
			.perform(post("/reports/units/" + ttra + "/" + code).with(demo.as("tp.ttra"))
				.with(csrf())
				.param("version", "-1")
				.param("assessment", "Không được hỏi")
				.param("send", "1"))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		// A task of the unit received in the request's period, whatever day the test runs
		// on (early in January the demo data may have none yet).
		this.registration
			.register(Fixtures.actor(this.users, "vanphong"), new vn.dondoc.directive.DirectiveContent(
					vn.dondoc.directive.DirectiveKind.CONG_VAN, "77/UBND-DX" + code.hashCode(),
					"Về việc số liệu chuyển đổi số cấp xã", today, null, null, vn.dondoc.directive.Issuer.UBND_TINH),
					today,
					java.util.List.of(new vn.dondoc.directive.TaskDraft("Tổng hợp số liệu chuyển đổi số cấp xã", true,
							vn.dondoc.directive.DeadlineMeaning.COMPLETE, today.plusDays(5),
							vn.dondoc.directive.TaskCategory.GENERAL, cntt, null, null, null, null, null,
							java.util.List.of())),
					java.util.List.of());
		this.mvc.perform(post("/reports/units/" + cntt + "/" + code).with(demo.as("tp.cntt"))
			.with(csrf())
			.param("version", "-1")
			.param("assessment", "Đã triển khai 120 dịch vụ công trực tuyến toàn trình.")
			.param("send", "1"));
		Document sent = Jsoup
			.parse(Pages.ok(this.mvc, get("/reports/units/" + cntt + "/" + code).with(demo.as("vanphong"))));
		assertThat(sent.select("#report-status").text()).contains("Đã gửi");
		assertThat(sent.select("#period-scope").text()).contains("dịch vụ công");
		// The figures are frozen with their split by route: general + specialised =
		// total.
		var split = this.jdbc.sql("""
				SELECT received, overdue, (by_category->'general'->>'received')::int,
				  (by_category->'specialised'->>'received')::int, (by_category->'general'->>'overdue')::int,
				  (by_category->'specialised'->>'overdue')::int, month
				FROM unit_report WHERE unit_id = :unit AND period = :code
				""")
			.param("unit", cntt)
			.param("code", code)
			.query((rs,
					row) -> new int[] { rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
							rs.getInt(6), (rs.getObject(7) == null) ? 0 : 1 })
			.single();
		assertThat(split[0]).isPositive().isEqualTo(split[2] + split[3]);
		assertThat(split[1]).isEqualTo(split[4] + split[5]);
		assertThat(split[6]).as("an ad hoc report has no month").isZero();
		assertThat(sent.select("#report-figures thead th").eachText()).containsExactly("Chỉ tiêu", "Tổng số",
				"Nhiệm vụ chung", "Nhiệm vụ chuyên ngành");
		assertThat(sent.select("#report-routes").text()).contains("Văn phòng Sở", "Phòng Kế hoạch – Tài chính");
	}

	@Test
	void theQuarterComesFromTheCalendarAndBadCodesAreRefused() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		long cntt = Fixtures.unit(this.units, "CNTT");
		Document quarter = Jsoup
			.parse(Pages.ok(this.mvc, get("/reports/units?period=2026-Q3").with(demo.as("giamdoc"))));
		assertThat(quarter.select("h1").text()).isEqualTo("Báo cáo quý III/2026 của các đơn vị");
		assertThat(quarter.text())
			.contains("Kỳ báo cáo từ 11/06/2026 đến 10/09/2026; hạn gửi chậm nhất ngày 10/09/2026.");
		Document september = Jsoup
			.parse(Pages.ok(this.mvc, get("/reports/units/" + cntt + "/2026-09").with(demo.as("tp.cntt"))));
		assertThat(september.select("#quarter-link").attr("href")).isEqualTo("/reports/units/" + cntt + "/2026-Q3");
		Document periods = Jsoup.parse(Pages.ok(this.mvc, get("/reports/periods?year=2026").with(demo.as("khtc"))));
		assertThat(periods.select("#period-2026-Q1 th").text()).isEqualTo("quý I/2026");
		for (String bad : new String[] { "2026-Q5", "2026-13", "P", "P1x", "Q1-2026", "1999-01", "P99999999999999" }) {
			assertThat(this.mvc.perform(get("/reports/units/" + cntt + "/" + bad).with(demo.as("tp.cntt")))
				.andReturn()
				.getResponse()
				.getStatus()).as(bad).isEqualTo(400);
		}
		assertThat(this.mvc.perform(get("/reports/units/" + cntt + "/P987654").with(demo.as("tp.cntt")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/reports/units/" + cntt + "/2099-Q1").with(demo.as("tp.cntt")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/reports/periods?year=1999").with(demo.as("khtc")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(400);
	}

	@Test
	void theConfidentialReportsDueInThePeriodShowCodesAndDatesOnly() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		LocalDate today = LocalDate.now(this.clock);
		java.time.YearMonth writing = java.time.YearMonth
			.from((today.getDayOfMonth() > 10) ? today.plusMonths(1) : today);
		LocalDate to = writing.atDay(10);
		long ttra = Fixtures.unit(this.units, "TTRA");
		long cntt = Fixtures.unit(this.units, "CNTT");
		var office = Fixtures.actor(this.users, "vanphong");
		var inside = this.registration.registerPlaceholder(office, vn.dondoc.directive.Confidentiality.TOI_MAT, today,
				ttra, java.util.List.of(to, to.plusDays(5)));
		var other = this.registration.registerPlaceholder(office, vn.dondoc.directive.Confidentiality.MAT, today, cntt,
				java.util.List.of(to));
		long reportId = this.jdbc.sql("SELECT id FROM confidential_report WHERE directive_id = :d AND due_date = :due")
			.param("d", inside.getId())
			.param("due", java.sql.Date.valueOf(to))
			.query(Long.class)
			.single();
		this.registration.recordConfidentialReport(office, inside.getId(), reportId, today, "15/BC-TTRA");

		// The office sees both units' reports due in the period, not the one due after
		// it.
		Document page = Jsoup.parse(Pages.ok(this.mvc, get("/reports/confidential").with(demo.as("vanphong"))));
		assertThat(page.select("#confidential-due tbody tr").eachText())
			.anySatisfy((row) -> assertThat(row).contains("Thanh tra Sở", inside.getRegisterCode(), "Tối mật",
					DMY.format(to), "15/BC-TTRA"))
			.anySatisfy(
					(row) -> assertThat(row).contains("Phòng Công nghệ thông tin", other.getRegisterCode(), "Chưa gửi"))
			.noneSatisfy((row) -> assertThat(row).contains(DMY.format(to.plusDays(5))));
		// The head of Thanh tra sees its own only; a member of staff or KH-TC gets 403.
		Document head = Jsoup.parse(Pages.ok(this.mvc, get("/reports/confidential").with(demo.as("tp.ttra"))));
		assertThat(head.select("#confidential-due tbody tr").eachText())
			.allSatisfy((row) -> assertThat(row).contains("Thanh tra Sở"))
			.noneSatisfy((row) -> assertThat(row).contains(other.getRegisterCode()));
		for (String user : new String[] { "cv.ttra", "khtc" }) {
			assertThat(this.mvc.perform(get("/reports/confidential").with(demo.as(user)))
				.andReturn()
				.getResponse()
				.getStatus()).as(user).isEqualTo(403);
		}
	}

	@Test
	void theHeadsOfUnitsThatHaveNotSentARequestedReportAreRemindedOnce() {
		this.clock
			.moveTo(java.time.LocalDateTime.of(2027, 3, 1, 9, 0).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
		try {
			long cntt = Fixtures.unit(this.units, "CNTT");
			long bcvt = Fixtures.unit(this.units, "BCVT");
			String code = this.periods.open(Fixtures.actor(this.users, "giamdoc"),
					new ReportPeriodManagement.Request(ReportPeriod.Kind.AD_HOC, null, "Rà soát hạ tầng số", null, null,
							null, LocalDate.of(2027, 3, 5), java.util.List.of(cntt, bcvt)));
			ReportPeriod period = this.periods.find(code).orElseThrow();
			this.unitReports.save(Fixtures.actor(this.users, "tp.cntt"), cntt, period, -1, "Đã rà soát xong hạ tầng.",
					null, null, true);
			// Thursday 4 March, the day before it is due: only the head of BCVT, once.
			this.clock
				.moveTo(java.time.LocalDateTime.of(2027, 3, 4, 7, 5).atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant());
			this.cycle.run();
			this.cycle.run();
			assertThat(this.jdbc.sql("""
					SELECT u.username || ' ' || n.title || ' ' || n.link FROM notification n
					JOIN app_user u ON u.id = n.user_id WHERE n.idempotency_key LIKE :key
					""").param("key", "request:" + code + ":%").query(String.class).list()).containsExactly(
					"tp.bcvt Nhắc gửi báo cáo đột xuất: Rà soát hạ tầng số (hạn 05/03/2027) /reports/units/" + bcvt
							+ "/" + code);
		}
		finally {
			this.clock.reset();
		}
	}

	@Test
	void aQuartersLastMonthOwesBothReportsAndALateOneStaysOnTheHeadsList() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		ZoneId zone = ZoneId.of("Asia/Ho_Chi_Minh");
		long ttcntt = Fixtures.unit(this.units, "TTCNTT");
		var head = Fixtures.actor(this.users, "tp.ttcntt");
		try {
			// 9 March 2028: the month's report sent, the first quarter's not yet.
			this.clock.moveTo(java.time.LocalDateTime.of(2028, 3, 9, 9, 0).atZone(zone).toInstant());
			this.unitReports.save(head, ttcntt, this.periods.find("2028-03").orElseThrow(), -1, "Tháng 3 ổn.", null,
					null, true);
			assertThat(this.duties.unitsOwing(java.time.YearMonth.of(2028, 3)))
				.extracting(vn.dondoc.urging.ReportDutySource.UnitOwing::unitId)
				.contains(ttcntt);
			// 11 March: the next month and quarter are written now; the first quarter's,
			// still not sent, stays on the list (late); March's, sent, does not.
			this.clock.moveTo(java.time.LocalDateTime.of(2028, 3, 11, 9, 0).atZone(zone).toInstant());
			Document mine = Jsoup.parse(Pages.ok(this.mvc, get("/reports/mine").with(demo.as("tp.ttcntt"))));
			// Months and quarters only: requests another test made of every unit may be
			// on the list too.
			assertThat(mine.select("#my-reports tbody tr[id^=mine-2]").eachAttr("id")).containsExactly("mine-2028-04",
					"mine-2028-Q2", "mine-2028-Q1");
			this.unitReports.save(head, ttcntt, this.periods.find("2028-Q1").orElseThrow(), -1, "Quý I ổn.", null, null,
					true);
			assertThat(this.duties.unitsOwing(java.time.YearMonth.of(2028, 3)))
				.extracting(vn.dondoc.urging.ReportDutySource.UnitOwing::unitId)
				.doesNotContain(ttcntt);
			assertThat(Jsoup.parse(Pages.ok(this.mvc, get("/reports/mine").with(demo.as("tp.ttcntt"))))
				.select("#my-reports tbody tr[id^=mine-2]")
				.eachAttr("id")).containsExactly("mine-2028-04", "mine-2028-Q2");
		}
		finally {
			this.clock.reset();
		}
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM report_period").query(Long.class).single();
	}

}
