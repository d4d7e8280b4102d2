package vn.dondoc.reporting;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * January 2027 on a moved clock: one unit reports on time and one late, the office drafts
 * the Department's report from them, leadership returns it once and approves it, the
 * office issues it on the 14th; anonymous visitors read it on the public page, its Word
 * document carries the national heading and the signature block, and a later task change
 * does not change it.
 */
@IntegrationTest
class DepartmentReportIT {

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

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	void on(int day) {
		this.clock.moveTo(LocalDate.of(2027, 1, day).atTime(LocalTime.of(9, 0)).atZone(VN).toInstant());
	}

	long version() {
		return this.jdbc.sql("SELECT version FROM department_report WHERE month = DATE '2027-01-01'")
			.query(Long.class)
			.single();
	}

	void sendUnitReport(DemoUsers demo, String head, String unitCode, String assessment) throws Exception {
		long unit = Fixtures.unit(this.units, unitCode);
		this.mvc.perform(post("/reports/units/" + unit + "/2027-01").param("version", "-1")
			.param("send", "1")
			.param("assessment", assessment)
			.param("proposals", "Đề nghị bổ sung kinh phí")
			.with(demo.as(head))
			.with(csrf()));
	}

	@Autowired
	vn.dondoc.directive.DirectiveRegistration registration;

	@Autowired
	vn.dondoc.directive.DirectiveReading reading;

	@Autowired
	vn.dondoc.directive.TaskWorkflow workflow;

	long frozenCheck;

	/**
	 * The text of a Word, Excel or PDF document, or of a page, to look for what must not
	 * be in it.
	 */
	static String textOf(byte[] content) throws Exception {
		if (content.length > 4 && content[0] == 'P' && content[1] == 'K') {
			// Streamed workbooks write their entries' sizes after the data: read the
			// zip's
			// directory, not the stream.
			java.nio.file.Path file = java.nio.file.Files.createTempFile("export", ".zip");
			try {
				java.nio.file.Files.write(file, content);
				try (var zip = new java.util.zip.ZipFile(file.toFile())) {
					StringBuilder text = new StringBuilder();
					for (var entry : java.util.Collections.list(zip.entries())) {
						if (entry.getName().endsWith(".xml")) {
							text.append(new String(zip.getInputStream(entry).readAllBytes(),
									java.nio.charset.StandardCharsets.UTF_8));
						}
					}
					return text.toString();
				}
			}
			finally {
				java.nio.file.Files.delete(file);
			}
		}
		if (content.length > 4 && content[0] == '%' && content[1] == 'P') {
			try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(content)) {
				return new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			}
		}
		return org.springframework.web.util.HtmlUtils
			.htmlUnescape(new String(content, java.nio.charset.StandardCharsets.UTF_8));
	}

	@Test
	void theMonthsReportGoesFromUnitsToPublication() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		// The test's own month: reports another test may have sent for it are not part of
		// this story.
		this.jdbc.sql("DELETE FROM unit_report WHERE period = '2027-01' OR period = '2027-Q1'").update();
		this.jdbc.sql("DELETE FROM department_report WHERE period = '2027-01'").update();
		// A confidential directive in the month: only its placeholder is in the system,
		// and
		// nothing of it may reach a report, a document or the public page.
		on(5);
		String secret = this.registration
			.registerPlaceholder(Fixtures.actor(this.users, "vanphong"), vn.dondoc.directive.Confidentiality.TUYET_MAT,
					LocalDate.of(2027, 1, 5), Fixtures.unit(this.units, "CNTT"),
					java.util.List.of(LocalDate.of(2027, 1, 9)))
			.getRegisterCode();
		// A task of the month, under way and overdue on the report's day: done after the
		// report is issued, it must not change it (the demo's own tasks of January 2027
		// depend on the day the suite runs).
		vn.dondoc.directive.Directive own = this.registration.register(Fixtures.actor(this.users, "vanphong"),
				new vn.dondoc.directive.DirectiveContent(vn.dondoc.directive.DirectiveKind.CONG_VAN, "15/UBND-DBC",
						"Về việc thử báo cáo tháng", LocalDate
							.of(2027, 1, 4),
						null, null, vn.dondoc.directive.Issuer.UBND_TINH),
				LocalDate.of(2027, 1, 5),
				java.util.List.of(new vn.dondoc.directive.TaskDraft("Nhiệm vụ quá hạn của tháng", true,
						vn.dondoc.directive.DeadlineMeaning.COMPLETE, LocalDate.of(2027, 1, 7),
						vn.dondoc.directive.TaskCategory.GENERAL, Fixtures.unit(this.units, "TTRA"), null, null, null,
						null, null, java.util.List.of())),
				java.util.List.of());
		this.frozenCheck = this.reading.tasksOf(own.getId()).get(0).getId();
		this.workflow.forward(Fixtures.actor(this.users, "vanphong"), this.frozenCheck,
				this.reading.taskState(this.frozenCheck).orElseThrow().getVersion());
		this.workflow.accept(Fixtures.actor(this.users, "tp.ttra"), this.frozenCheck,
				this.reading.taskState(this.frozenCheck).orElseThrow().getVersion(), null);
		on(8);
		sendUnitReport(demo, "tp.cntt", "CNTT", "Phòng CNTT hoàn thành đúng hạn các nhiệm vụ trọng tâm.");
		on(11);
		sendUnitReport(demo, "tp.bcvt", "BCVT", "Phòng BCVT còn chậm một số nhiệm vụ hạ tầng.");
		assertThat(this.jdbc.sql("""
				SELECT string_agg(u.code || ':' || r.late_submission, ',' ORDER BY u.code) FROM unit_report r
				JOIN unit u ON u.id = r.unit_id WHERE r.month = DATE '2027-01-01'
				""").query(String.class).single()).isEqualTo("BCVT:true,CNTT:false");

		this.mvc.perform(post("/reports/department/2027-01/draft").with(demo.as("vanphong")).with(csrf()));
		Document page = Jsoup
			.parse(Pages.ok(this.mvc, get("/reports/department?month=2027-01").with(demo.as("vanphong"))));
		String body = page.selectFirst("#body").text();
		assertThat(body).contains("Phòng CNTT hoàn thành đúng hạn", "Phòng BCVT còn chậm", "Đề nghị bổ sung kinh phí");
		assertThat(page.getElementById("department-lead").text()).contains("I. TÌNH HÌNH");
		this.mvc.perform(post("/reports/department/2027-01").param("version", String.valueOf(version()))
			.param("body", body)
			.param("submit", "1")
			.with(demo.as("vanphong"))
			.with(csrf()));
		on(12);
		assertThat(this.mvc
			.perform(post("/reports/department/2027-01/decide").param("version", String.valueOf(version()))
				.param("approve", "1")
				.with(demo.as("tp.cntt"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		this.mvc.perform(post("/reports/department/2027-01/decide").param("version", String.valueOf(version()))
			.param("comment", "Bổ sung đánh giá chung của Sở")
			.with(demo.as("giamdoc"))
			.with(csrf()));
		assertThat(Pages.ok(this.mvc, get("/reports/department?month=2027-01").with(demo.as("vanphong"))))
			.contains("Bổ sung đánh giá chung của Sở");
		this.mvc.perform(post("/reports/department/2027-01").param("version", String.valueOf(version()))
			.param("body", body + "\n\nIV. ĐÁNH GIÁ CHUNG\n\nSở hoàn thành cơ bản các nhiệm vụ được giao.")
			.param("submit", "1")
			.with(demo.as("vanphong"))
			.with(csrf()));
		on(13);
		this.mvc.perform(post("/reports/department/2027-01/decide").param("version", String.valueOf(version()))
			.param("approve", "1")
			.with(demo.as("giamdoc"))
			.with(csrf()));
		on(14);
		// A bad date is refused beside its field and issues nothing; nothing typed is
		// lost.
		// The flash travels in the session (Spring Session): its cookie is carried over.
		var refusal = this.mvc
			.perform(post("/reports/department/2027-01/issue").param("version", String.valueOf(version()))
				.param("number", "15/BC-STTTT")
				.param("issuedOn", "31/02/2027")
				.param("signer", "Nguyễn Văn Giám")
				.with(demo.as("vanphong"))
				.with(csrf()))
			.andReturn();
		assertThat(refusal.getFlashMap().get("error")).isEqualTo("date.invalid");
		Document again = Jsoup.parse(Pages.ok(this.mvc,
				get("/reports/department?period=2027-01").cookie(refusal.getResponse().getCookie("SESSION"))
					.with(demo.as("vanphong"))));
		assertThat(again.getElementById("number").val()).isEqualTo("15/BC-STTTT");
		assertThat(again.getElementById("issuedOn").val()).isEqualTo("31/02/2027");
		assertThat(again.getElementById("issuedOn").attr("aria-invalid")).isEqualTo("true");
		assertThat(again.getElementById("issuedOn-error").text()).contains("ngày/tháng/năm");
		assertThat(again.getElementById("signer").val()).isEqualTo("Nguyễn Văn Giám");
		this.mvc.perform(post("/reports/department/2027-01/issue").param("version", String.valueOf(version()))
			.param("number", "15/BC-STTTT")
			.param("issuedOn", "14/01/2027")
			.param("signer", "Nguyễn Văn Giám")
			.with(demo.as("vanphong"))
			.with(csrf()));
		this.mvc.perform(post("/reports/department/2027-01/sent").param("version", String.valueOf(version()))
			.param("sentOn", "14/01/2027")
			.with(demo.as("vanphong"))
			.with(csrf()));
		assertThat(this.jdbc
			.sql("SELECT status || ' ' || number || ' ' || sent_on FROM department_report"
					+ " WHERE month = DATE '2027-01-01'")
			.query(String.class)
			.single()).isEqualTo("ISSUED 15/BC-STTTT 2027-01-14");

		// Published: anonymous visitors read it.
		Document list = Jsoup.parse(Pages.ok(this.mvc, get("/public/reports")));
		String link = list.selectFirst("#public-reports a").attr("href");
		Document published = Jsoup.parse(Pages.ok(this.mvc, get(link)));
		assertThat(published.selectFirst("#public-issued").text()).contains("15/BC-STTTT", "14/01/2027");
		assertThat(published.text()).contains("Sở hoàn thành cơ bản các nhiệm vụ được giao.")
			.doesNotContain("@dondoc.local");
		String figures = published.selectFirst("#department-figures").text();

		// The Word document, read back.
		byte[] docx = this.mvc.perform(get(link + "/docx")).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			// Heading names are set on balanced lines: compare with the white space
			// folded.
			String text = extractor.getText().replaceAll("\\s+", " ");
			assertThat(extractor.getText()).contains("SỞ THÔNG TIN\nVÀ TRUYỀN THÔNG");
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "UBND TỈNH GIA LAI", "Số: 15/BC-STTTT",
					"Gia Lai, ngày 14 tháng 01 năm 2027", "BÁO CÁO",
					"Tình hình, kết quả thực hiện nhiệm vụ do UBND tỉnh, Chủ tịch UBND tỉnh giao tháng 1/2027",
					"Nơi nhận:", "- Văn phòng UBND tỉnh;", "GIÁM ĐỐC", "Nguyễn Văn Giám", "Tổng cộng");
		}

		// The PDF, read back: every Vietnamese letter is there as text.
		byte[] pdf = this.mvc.perform(get(link + "/pdf")).andReturn().getResponse().getContentAsByteArray();
		try (org.apache.pdfbox.pdmodel.PDDocument document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
			// Lines wrap in a PDF: compare with the white space folded.
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
					"Số: 15/BC-STTTT", "ngày 14 tháng 01 năm 2027", "Sở hoàn thành cơ bản các nhiệm vụ được giao.",
					"Nơi nhận:", "GIÁM ĐỐC", "Nguyễn Văn Giám");
		}

		// The task annex, streamed: one row per task in the report's scope.
		byte[] annex = this.mvc.perform(get("/reports/department/2027-01/tasks.xlsx").with(demo.as("giamdoc")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		long inScope = this.jdbc.sql("""
				SELECT count(*) FROM task t JOIN directive d ON d.id = t.directive_id
				WHERE t.status <> 'RETURNED'
				  AND (d.received_date BETWEEN DATE '2026-12-11' AND DATE '2027-01-10'
				       OR t.completed_on BETWEEN DATE '2026-12-11' AND DATE '2027-01-10'
				       OR (t.status IN ('NOT_STARTED', 'IN_PROGRESS') AND d.received_date <= DATE '2027-01-10'))
				""").query(Long.class).single();
		try (org.apache.poi.xssf.usermodel.XSSFWorkbook book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
				new ByteArrayInputStream(annex))) {
			assertThat(book.getSheetAt(0).getLastRowNum() - 1).isEqualTo(inScope);
			assertThat(book.getSheetAt(0).getRow(1).getCell(4).getStringCellValue()).isEqualTo("Nội dung nhiệm vụ");
		}

		// Every report, export and public page of the month, read back: no placeholder.
		java.util.List<String> exports = new java.util.ArrayList<>(java.util.List.of(link, link + "/docx",
				link + "/pdf", "/public/reports", "/reports/department?month=2027-01",
				"/reports/department/2027-01/docx", "/reports/department/2027-01/tasks.xlsx", "/reports/overdue",
				"/reports/overdue.xlsx", "/reports/units?month=2027-01", "/ranking?month=2027-01",
				"/ranking.xlsx?month=2027-01", "/dashboard?period=2027-01"));
		for (String unit : new String[] { "CNTT", "BCVT" }) {
			exports.add("/reports/units/" + Fixtures.unit(this.units, unit) + "/2027-01");
		}
		for (String url : exports) {
			var response = this.mvc.perform(get(url).with(demo.as("giamdoc"))).andReturn().getResponse();
			assertThat(response.getStatus()).as(url).isEqualTo(200);
			assertThat(textOf(response.getContentAsByteArray())).as(url)
				.doesNotContain(secret)
				.doesNotContain("Tuyệt mật")
				.doesNotContain("TUYET_MAT");
		}
		// The search would see it if it were there: the confidential list shows its code.
		assertThat(textOf(this.mvc.perform(get("/reports/confidential?period=2027-01").with(demo.as("giamdoc")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray())).contains(secret, "Tuyệt mật");

		// Frozen: a task done afterwards does not change the issued report.
		on(20);
		long task = this.frozenCheck;
		this.jdbc.sql("UPDATE task SET status = 'DONE', completed_on = DATE '2027-01-20' WHERE id = :id")
			.param("id", task)
			.update();
		assertThat(Jsoup.parse(Pages.ok(this.mvc, get(link))).selectFirst("#department-figures").text())
			.isEqualTo(figures);
		this.jdbc.sql("UPDATE task SET status = 'IN_PROGRESS', completed_on = NULL WHERE id = :id")
			.param("id", task)
			.update();
	}

}
