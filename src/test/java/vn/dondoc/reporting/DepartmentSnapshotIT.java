package vn.dondoc.reporting;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.test.web.servlet.MvcResult;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.common.MovableClock;
import vn.dondoc.directive.DeadlineMeaning;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveContent;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.directive.DirectiveReading;
import vn.dondoc.directive.DirectiveRegistration;
import vn.dondoc.directive.Fixtures;
import vn.dondoc.directive.Issuer;
import vn.dondoc.directive.TaskCategory;
import vn.dondoc.directive.TaskDraft;
import vn.dondoc.directive.TaskWorkflow;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The Department report's figures are one snapshot (February 2027, 11/01–10/02): the
 * sentence of figures and the table agree and name their moment; a task done and a unit
 * report sent after the draft change neither until the office refreshes them together,
 * which also takes in the late unit's words; the leader sees what changed after a return;
 * the issued report keeps the approved figures.
 */
@IntegrationTest
class DepartmentSnapshotIT {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	static final Pattern SUMMARY = Pattern.compile("tiếp nhận (\\d+) nhiệm vụ .*; hoàn thành (\\d+) nhiệm vụ "
			+ "\\(đúng hạn (\\d+), quá hạn (\\d+)\\); đang thực hiện trong hạn (\\d+) nhiệm vụ, "
			+ "không có thời hạn (\\d+) nhiệm vụ; quá hạn chưa hoàn thành (\\d+) nhiệm vụ");

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
	DirectiveRegistration registration;

	@Autowired
	DirectiveReading reading;

	@Autowired
	TaskWorkflow workflow;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void textAndTableShowOneSnapshotRefreshedTogetherAndFrozenAtIssue() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		this.jdbc.sql("DELETE FROM unit_report WHERE period = '2027-02'").update();
		this.jdbc.sql("DELETE FROM department_report WHERE period = '2027-02'").update();
		long cntt = Fixtures.unit(this.units, "CNTT");
		long bcvt = Fixtures.unit(this.units, "BCVT");

		// A task of the month, under way when the draft is made.
		on(5, 9, 0);
		Directive own = this.registration.register(Fixtures.actor(this.users, "vanphong"),
				new DirectiveContent(DirectiveKind.CONG_VAN, "205/UBND-KTTH", "Về việc thử số liệu báo cáo tháng 2",
						LocalDate.of(2027, 2, 3), null, null, Issuer.UBND_TINH),
				LocalDate.of(2027, 2, 4),
				List.of(TaskDraft.of("Nhiệm vụ hoàn thành sau khi lập dự thảo", Fixtures.unit(this.units, "TTRA"))
					.due(DeadlineMeaning.COMPLETE, LocalDate.of(2027, 2, 20))),
				List.of());
		long task = this.reading.tasksOf(own.getId()).get(0).getId();
		this.workflow.forward(Fixtures.actor(this.users, "vanphong"), task, version(task));
		this.workflow.accept(Fixtures.actor(this.users, "tp.ttra"), task, version(task), null);

		on(6, 9, 0);
		sendUnitReport(demo, "tp.cntt", cntt, "Phòng CNTT hoàn thành các nhiệm vụ của tháng.");
		long ttra = Fixtures.unit(this.units, "TTRA");
		sendUnitReport(demo, "tp.ttra", ttra, "Thanh tra đang thực hiện nhiệm vụ của tháng.");

		// Monday 8 February, 09:00: the office drafts.
		on(8, 9, 0);
		this.mvc.perform(post("/reports/department/2027-02/draft").with(demo.as("vanphong")).with(csrf()));
		Document page = page("vanphong");
		int[] first = agreeing(page);
		assertThat(page.getElementById("department-figures-at").text()).contains("09:00 ngày 08/02/2027");
		assertThat(page.getElementById("source-" + cntt).text()).contains("Đã tổng hợp");
		assertThat(page.getElementById("source-" + bcvt).text()).contains("Chưa báo cáo");
		assertThat(page.selectFirst("#body").text()).contains("Phòng CNTT hoàn thành").doesNotContain("I. TÌNH HÌNH");
		// The office writes a paragraph of its own.
		String body = page.selectFirst("#body").wholeText() + "\n\nIV. ĐÁNH GIÁ CHUNG\n\nSở hoàn thành cơ bản.";
		this.mvc.perform(post("/reports/department/2027-02").param("version", String.valueOf(reportVersion()))
			.param("body", body)
			.with(demo.as("vanphong"))
			.with(csrf()));

		// Tuesday: the task is done and BCVT sends its report late. The draft shows the
		// same figures in its text and its table, and says that a report came since.
		on(9, 10, 0);
		this.workflow.complete(Fixtures.actor(this.users, "tp.ttra"), task, version(task), "Đã hoàn thành",
				LocalDate.of(2027, 2, 9), List.of());
		sendUnitReport(demo, "tp.bcvt", bcvt, "Phòng BCVT gửi muộn vì chờ số liệu hạ tầng.");
		page = page("vanphong");
		assertThat(agreeing(page)).isEqualTo(first);
		assertThat(page.getElementById("department-sent-since").text()).contains("Bưu chính");

		// Not the office's to refresh when it is another's role, nor with a stale
		// version.
		assertThat(this.mvc
			.perform(post("/reports/department/2027-02/refresh").param("version", String.valueOf(reportVersion()))
				.with(demo.as("tp.cntt"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(flashError(
				post("/reports/department/2027-02/refresh").param("version", String.valueOf(reportVersion() - 1))
					.with(demo.as("vanphong"))
					.with(csrf())))
			.isEqualTo("report.stale");
		assertThat(agreeing(page("vanphong"))).isEqualTo(first);

		// Refreshed: both move together, the moment with them; BCVT's words are in the
		// right section and the office's paragraph is kept.
		assertThat(
				flashError(post("/reports/department/2027-02/refresh").param("version", String.valueOf(reportVersion()))
					.with(demo.as("vanphong"))
					.with(csrf())))
			.isNull();
		page = page("vanphong");
		int[] second = agreeing(page);
		assertThat(second[1]).as("completed").isEqualTo(first[1] + 1);
		assertThat(page.getElementById("department-figures-at").text()).contains("10:00 ngày 09/02/2027");
		assertThat(page.getElementById("source-" + bcvt).text()).contains("Đã tổng hợp");
		assertThat(page.getElementById("department-sent-since")).isNull();
		// TTRA reported its task under way; the table, taken later, counts it done: the
		// page says why the two differ. A unit whose figures agree gets no such line.
		assertThat(page.getElementById("source-" + ttra).text()).contains("khác bảng vì lấy vào thời điểm khác");
		assertThat(page.getElementById("source-" + bcvt).text()).doesNotContain("khác bảng");
		String refreshed = page.selectFirst("#body").wholeText();
		assertThat(refreshed).contains("Phòng BCVT gửi muộn", "Sở hoàn thành cơ bản.");
		assertThat(refreshed.indexOf("Phòng BCVT gửi muộn")).isLessThan(refreshed.indexOf("II. KHÓ KHĂN"));

		// The Word file carries the same opening and its moment.
		String lead = page.getElementById("department-lead").text();
		byte[] docx = this.mvc.perform(get("/reports/department/2027-02/docx").with(demo.as("giamdoc")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText().replaceAll("\\s+", " ");
			assertThat(text).contains(lead.substring(lead.indexOf("Từ ngày")))
				.contains("số liệu tính đến 10:00 ngày 09/02/2027");
		}

		// Submitted, returned once, edited and submitted again: the leader sees the
		// earlier comment and what changed.
		this.mvc.perform(post("/reports/department/2027-02").param("version", String.valueOf(reportVersion()))
			.param("body", refreshed)
			.param("submit", "1")
			.with(demo.as("vanphong"))
			.with(csrf()));
		on(10, 9, 0);
		this.mvc.perform(post("/reports/department/2027-02/decide").param("version", String.valueOf(reportVersion()))
			.param("comment", "Nêu rõ nguyên nhân chậm")
			.with(demo.as("giamdoc"))
			.with(csrf()));
		this.mvc.perform(post("/reports/department/2027-02").param("version", String.valueOf(reportVersion()))
			.param("body", refreshed + "\n\nNguyên nhân chậm: chờ số liệu của doanh nghiệp viễn thông.")
			.param("submit", "1")
			.with(demo.as("vanphong"))
			.with(csrf()));
		Document review = page("giamdoc");
		assertThat(review.getElementById("department-previous").text()).contains("Nêu rõ nguyên nhân chậm");
		assertThat(review.getElementById("department-changes").text())
			.contains("Nguyên nhân chậm: chờ số liệu của doanh nghiệp viễn thông.")
			.doesNotContain("Phòng CNTT hoàn thành");

		// Approved and issued: the approved figures are the issued ones, whatever the
		// data says on the day of issue.
		this.mvc.perform(post("/reports/department/2027-02/decide").param("version", String.valueOf(reportVersion()))
			.param("approve", "1")
			.with(demo.as("giamdoc"))
			.with(csrf()));
		on(12, 9, 0);
		this.jdbc.sql("UPDATE task SET status = 'IN_PROGRESS', completed_on = NULL WHERE id = :id")
			.param("id", task)
			.update();
		this.mvc.perform(post("/reports/department/2027-02/issue").param("version", String.valueOf(reportVersion()))
			.param("number", "35/BC-STTTT")
			.param("issuedOn", "12/02/2027")
			.param("signer", "Nguyễn Văn Giám")
			.with(demo.as("vanphong"))
			.with(csrf()));
		page = page("giamdoc");
		assertThat(page.getElementById("department-status").text()).contains("Đã ban hành");
		assertThat(agreeing(page)).isEqualTo(second);
		assertThat(page.getElementById("figures-at").text()).contains("10:00 ngày 09/02/2027");
		// Once issued, nothing refreshes it.
		assertThat(
				flashError(post("/reports/department/2027-02/refresh").param("version", String.valueOf(reportVersion()))
					.with(demo.as("vanphong"))
					.with(csrf())))
			.isEqualTo("department.wrongStep");
		assertThat(agreeing(page("giamdoc"))).isEqualTo(second);
	}

	/**
	 * The figures of the text's sentence, checked against the table's total line:
	 * received, completed, on time, late, within, overdue.
	 */
	private static int[] agreeing(Document page) {
		String text = (page.getElementById("department-lead") != null) ? page.getElementById("department-lead").text()
				: page.getElementById("department-body").text();
		Matcher sentence = SUMMARY.matcher(text);
		assertThat(sentence.find()).as("the sentence of figures in %s", text).isTrue();
		int[] said = new int[7];
		for (int i = 0; i < 7; i++) {
			said[i] = Integer.parseInt(sentence.group(i + 1));
		}
		List<Integer> total = page.select("#department-figures tfoot td")
			.stream()
			.map((cell) -> Integer.parseInt(cell.text()))
			.toList();
		assertThat(total).as("the table's total").containsExactly(said[0], said[2], said[3], said[4], said[5], said[6]);
		assertThat(said[1]).isEqualTo(said[2] + said[3]);
		return said;
	}

	private Document page(String login) throws Exception {
		return Jsoup.parse(Pages.ok(this.mvc,
				get("/reports/department?period=2027-02").with(new DemoUsers(this.users).as(login))));
	}

	private String flashError(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		return (String) result.getFlashMap().get("error");
	}

	private void sendUnitReport(DemoUsers demo, String head, long unit, String assessment) throws Exception {
		MvcResult result = this.mvc
			.perform(post("/reports/units/" + unit + "/2027-02").param("version", "-1")
				.param("send", "1")
				.param("assessment", assessment)
				.with(demo.as(head))
				.with(csrf()))
			.andReturn();
		assertThat(result.getFlashMap().get("error")).isNull();
	}

	private long version(long task) {
		return this.reading.taskState(task).orElseThrow().getVersion();
	}

	private long reportVersion() {
		return this.jdbc.sql("SELECT version FROM department_report WHERE period = '2027-02'")
			.query(Long.class)
			.single();
	}

	private void on(int day, int hour, int minute) {
		this.clock.moveTo(LocalDate.of(2027, 2, day).atTime(LocalTime.of(hour, minute)).atZone(VN).toInstant());
	}

}
