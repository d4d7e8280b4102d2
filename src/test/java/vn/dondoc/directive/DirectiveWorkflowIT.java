package vn.dondoc.directive;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.account.CurrentUser;
import vn.dondoc.Pages;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The whole life of a directive through the web layer, as each role does its part (SPEC
 * §3), on the real database.
 */
@IntegrationTest
class DirectiveWorkflowIT {

	@Autowired
	java.time.Clock clock;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/**
	 * The Department's zone: "today" is the day in Vietnam, whatever the test machine's
	 * zone.
	 */
	static final java.time.ZoneId VN = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

	private static int counter = 100;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitManagement units;

	@Autowired
	Tasks tasks;

	@Autowired
	Directives directives;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	vn.dondoc.account.AccountSeeding accounts;

	@Autowired
	vn.dondoc.account.UserManagement userManagement;

	DemoUsers demo;

	@BeforeEach
	void setUp() {
		this.demo = new DemoUsers(this.users);
	}

	long unit(String code) {
		return Fixtures.unit(this.units, code);
	}

	String today() {
		return LocalDate.now(this.clock).format(DMY);
	}

	String inDays(int days) {
		return LocalDate.now(this.clock).plusDays(days).format(DMY);
	}

	/**
	 * A registration form with the given number and two tasks, as the office fills it.
	 */
	MockMultipartHttpServletRequestBuilder registration(String number, String summary) {
		MockMultipartHttpServletRequestBuilder request = multipart("/directives");
		request.param("kind", "CONG_VAN")
			.param("numberSymbol", number)
			.param("summary", summary)
			.param("issueDate", inDays(-2))
			.param("issuer", "UBND_TINH")
			.param("signer", "Nguyễn Văn An")
			.param("signerPosition", "PHO_CHU_TICH")
			.param("receivedDate", today())
			.param("tasks[0].content", "Triển khai đôn đốc chuyển đổi số năm 2026")
			.param("tasks[0].withDeadline", "true")
			.param("tasks[0].mustReport", "true")
			.param("tasks[0].deadline", inDays(20))
			.param("tasks[0].deadlineMeaning", "REPORT_UBND")
			.param("tasks[0].category", "SPECIALISED")
			.param("tasks[0].leadUnitId", String.valueOf(unit("CNTT")))
			.param("tasks[0].parts[0].unitId", String.valueOf(unit("BCVT")))
			.param("tasks[0].parts[0].description", "Số liệu hạ tầng viễn thông")
			.param("tasks[0].parts[0].deadline", inDays(15))
			.param("tasks[1].content", "Báo cáo kết quả thanh tra")
			.param("tasks[1].withDeadline", "false")
			.param("tasks[1].category", "GENERAL")
			.param("tasks[1].leadUnitId", String.valueOf(unit("TTRA")));
		return request;
	}

	long register(String number) throws Exception {
		MvcResult result = this.mvc
			.perform(registration(number, "Về việc đẩy mạnh chuyển đổi số").with(this.demo.as("vanphong")).with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(302);
		String location = result.getResponse().getRedirectedUrl();
		return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
	}

	static String uniqueNumber() {
		return (counter++) + "/UBND-KTTH-T";
	}

	Task task(long directiveId, int seq) {
		return this.tx.execute((status) -> {
			Task task = this.tasks.findByDirectiveIdOrderBySeq(directiveId).get(seq - 1);
			task.getParts();
			return task;
		});
	}

	Task reload(Task task) {
		return this.tx.execute((status) -> {
			Task fresh = this.tasks.findById(task.getId()).orElseThrow();
			fresh.getParts();
			return fresh;
		});
	}

	int send(String who, String path, String... params) throws Exception {
		MockHttpServletRequestBuilder request = post(path).with(this.demo.as(who)).with(csrf());
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	int act(String who, Task task, String action, String... params) throws Exception {
		String[] all = new String[params.length + 2];
		all[0] = "version";
		all[1] = String.valueOf(reload(task).getVersion());
		System.arraycopy(params, 0, all, 2, params.length);
		return send(who, "/tasks/" + task.getId() + "/" + action, all);
	}

	@Test
	void aDirectiveGoesFromRegistrationToATaskDoneOnTime() throws Exception {
		long directiveId = register(uniqueNumber());
		Task task = task(directiveId, 1);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.NOT_STARTED);
		assertThat(task.getParts()).hasSize(1);

		assertThat(send("giamdoc", "/directives/" + directiveId + "/instruction", "version",
				String.valueOf(this.directives.findById(directiveId).orElseThrow().getVersion()), "text",
				"Giao Phòng CNTT chủ trì, hoàn thành đúng hạn."))
			.isEqualTo(302);
		assertThat(act("vanphong", task, "forward")).isEqualTo(302);
		assertThat(act("tp.cntt", task, "accept")).isEqualTo(302);
		long partId = task.getParts().get(0).getId();
		assertThat(act("tp.cntt", task, "parts/" + partId + "/forward")).isEqualTo(302);
		assertThat(act("tp.bcvt", task, "parts/" + partId + "/update", "text", "Đã gửi số liệu", "approve", "true"))
			.isEqualTo(302);
		assertThat(act("cv.cntt", task, "progress", "text", "Đã tổng hợp số liệu các đơn vị", "proposal",
				"Đề nghị bổ sung kinh phí"))
			.isEqualTo(302);
		assertThat(act("tp.cntt", task, "complete", "text", "Báo cáo số 123/BC-STTTT", "date", today())).isEqualTo(302);

		Task done = reload(task);
		assertThat(done.getStatus()).isEqualTo(TaskStatus.DONE);
		assertThat(done.timeliness(LocalDate.now(this.clock))).isEqualTo(Timeliness.ON_TIME);
		String page = Pages.ok(this.mvc, get("/tasks/" + task.getId()).with(this.demo.as("cv.ttra")));
		assertThat(page).contains("Đã thực hiện", "Đúng hạn", "Báo cáo số 123/BC-STTTT", "Đã gửi số liệu",
				"Đề nghị bổ sung kinh phí", "Tiếp nhận", "Chuyển đơn vị chủ trì");
		String directivePage = Pages.ok(this.mvc, get("/directives/" + directiveId).with(this.demo.as("cv.ttra")));
		assertThat(directivePage).contains("Giao Phòng CNTT chủ trì, hoàn thành đúng hạn.", "Vào sổ văn bản");
	}

	@Test
	void anotherUnitCannotTakeStepsOnATaskOrAPartThatIsNotItsOwn() throws Exception {
		long directiveId = register(uniqueNumber());
		Task task = task(directiveId, 1);
		assertThat(act("tp.cntt", task, "accept")).as("not forwarded yet").isEqualTo(200);
		assertThat(act("vanphong", task, "forward")).isEqualTo(302);
		assertThat(act("tp.bcvt", task, "accept")).isEqualTo(403);
		assertThat(act("tp.cntt", task, "accept")).isEqualTo(302);
		assertThat(act("cv.bcvt", task, "progress", "text", "Không phải việc của tôi")).isEqualTo(403);
		long partId = task.getParts().get(0).getId();
		assertThat(act("tp.cntt", task, "parts/" + partId + "/forward")).isEqualTo(302);
		assertThat(act("cv.cntt", task, "parts/" + partId + "/update", "text", "Phần của BCVT")).isEqualTo(403);
		assertThat(act("cv.ttra", task, "complete", "text", "x", "date", today())).isEqualTo(403);
		assertThat(act("tp.cntt", task, "extension/decision", "approve", "true")).isEqualTo(403);
		assertThat(reload(task).getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
	}

	@Test
	void theSameNumberFromTheSameIssuerInTheSameYearIsRefusedWithALinkToTheFirst() throws Exception {
		String number = uniqueNumber();
		long first = register(number);
		String page = Pages.ok(this.mvc,
				registration(number.toLowerCase(), "Lần hai").with(this.demo.as("vanphong")).with(csrf()));
		assertThat(page).contains("đã được vào sổ", "/directives/" + first);
		assertThat(this.directives.findAll().stream().filter((d) -> number.equalsIgnoreCase(d.getNumberSymbol())))
			.hasSize(1);
	}

	@Test
	void decomposedTextIsStoredComposedAndFoundWithoutDiacritics() throws Exception {
		String decomposed = Normalizer.normalize("Quyết định đôn đốc phòng chống thiên tai", Normalizer.Form.NFD);
		assertThat(decomposed).isNotEqualTo("Quyết định đôn đốc phòng chống thiên tai");
		MvcResult result = this.mvc
			.perform(registration(uniqueNumber(), decomposed).with(this.demo.as("vanphong")).with(csrf()))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		assertThat(this.directives.findById(id).orElseThrow().getSummary())
			.isEqualTo("Quyết định đôn đốc phòng chống thiên tai");
		String list = org.jsoup.Jsoup
			.parse(Pages.ok(this.mvc,
					get("/directives").param("q", "quyet dinh don doc phong chong").with(this.demo.as("cv.cntt"))))
			.text();
		assertThat(list).contains("Quyết định đôn đốc phòng chống thiên tai");
		String tasksPage = org.jsoup.Jsoup
			.parse(Pages.ok(this.mvc, get("/tasks").param("q", "DON DOC chuyen doi so").with(this.demo.as("cv.cntt"))))
			.text();
		assertThat(tasksPage).contains("Triển khai đôn đốc chuyển đổi số năm 2026");
		// Every filter choice is named in the person's language, none left as a raw key.
		assertThat(tasksPage)
			.contains("Chủ tịch UBND tỉnh", "Chưa báo cáo Điều 9.2", "Quá hạn", "Công điện", "Chuyên môn TT&TT")
			.doesNotContain("??");
		assertThat(list).contains("Văn phòng UBND tỉnh", "Thông báo kết luận cuộc họp").doesNotContain("??");
	}

	@Test
	void aSecondSaveOnAChangedTaskIsRefusedKeepingWhatWasTyped() throws Exception {
		long directiveId = register(uniqueNumber());
		Task task = task(directiveId, 1);
		act("vanphong", task, "forward");
		act("tp.cntt", task, "accept");
		long seen = reload(task).getVersion();
		assertThat(act("tp.cntt", task, "progress", "text", "Bản cập nhật thứ nhất")).isEqualTo(302);
		String page = Pages.ok(this.mvc,
				post("/tasks/" + task.getId() + "/progress").param("version", String.valueOf(seen))
					.param("text", "Bản cập nhật của người thứ hai")
					.with(this.demo.as("cv.cntt"))
					.with(csrf()));
		assertThat(page).contains("Người khác vừa thay đổi bản ghi này", "Bản cập nhật của người thứ hai",
				"Bản cập nhật thứ nhất");
		assertThat(page).doesNotContain(
				"<li class=\"mb-2\">\n        <span class=\"text-muted small\">Bản cập nhật của người thứ hai");
	}

	@Test
	void filesAreCheckedByTheirContentNotTheirName() throws Exception {
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
		byte[] exe = new byte[] { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0 };
		String number = uniqueNumber();
		String page = Pages.ok(this.mvc,
				registration(number, "Có tệp giả mạo")
					.file(new MockMultipartFile("files", "quyet-dinh.pdf", "application/pdf", exe))
					.with(this.demo.as("vanphong"))
					.with(csrf()));
		assertThat(page).contains("không phải PDF, DOCX, XLSX, PNG hay JPEG");
		assertThat(this.directives.findAll().stream().filter((d) -> number.equals(d.getNumberSymbol()))).isEmpty();

		MvcResult saved = this.mvc
			.perform(registration(number, "Có tệp thật")
				.file(new MockMultipartFile("files", "quyet-dinh.pdf", "application/octet-stream", pdf))
				.with(this.demo.as("vanphong"))
				.with(csrf()))
			.andReturn();
		String location = saved.getResponse().getRedirectedUrl();
		String directivePage = Pages.ok(this.mvc, get(location).with(this.demo.as("cv.cntt")));
		String href = directivePage.replaceAll("(?s).*href=\"(/attachments/\\d+)\".*", "$1");
		MvcResult download = this.mvc.perform(get(href).with(this.demo.as("cv.cntt"))).andReturn();
		assertThat(download.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(pdf);
	}

	@Test
	void rowButtonsAddTasksAndPartsAndKeepEverythingTyped() throws Exception {
		String page = Pages.ok(this.mvc,
				registration("77/UBND-VX", "Giữ nguyên nội dung").param("row", "addTask")
					.with(this.demo.as("vanphong"))
					.with(csrf()));
		assertThat(page).contains("Giữ nguyên nội dung", "Triển khai đôn đốc chuyển đổi số năm 2026", "Nhiệm vụ 3",
				"data-focus=\"f-tasks-2-content\"");
		assertThat(List.of(page.split("task-row")).size() - 1).isEqualTo(3);
	}

	@Test
	void twoPeopleEditingTheSameTaskTheSecondSaveIsRefusedWithTheStoredVersionShown() throws Exception {
		Task task = task(register(uniqueNumber()), 2);
		String seen = String.valueOf(task.getVersion());
		String path = "/tasks/" + task.getId() + "/edit";
		assertThat(this.mvc
			.perform(post(path).param("version", seen)
				.param("content", "Bản sửa của người thứ nhất")
				.param("leadUnitId", String.valueOf(unit("TTRA")))
				.param("category", "GENERAL")
				.param("withDeadline", "false")
				.with(this.demo.as("vanphong"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		String page = Pages.ok(this.mvc,
				post(path).param("version", seen)
					.param("content", "Bản sửa của người thứ hai")
					.param("leadUnitId", String.valueOf(unit("TTRA")))
					.param("category", "GENERAL")
					.param("withDeadline", "false")
					.with(this.demo.as("tp.vp"))
					.with(csrf()));
		assertThat(page).contains("Người khác vừa thay đổi bản ghi này", "Bản sửa của người thứ hai",
				"Bản sửa của người thứ nhất");
		assertThat(reload(task).getContent()).isEqualTo("Bản sửa của người thứ nhất");
	}

	@Test
	void aFileNameWithAControlCharacterIsStoredWithoutIt() throws Exception {
		byte[] pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes();
		String number = uniqueNumber();
		MvcResult result = this.mvc
			.perform(registration(number, "Tên tệp có ký tự điều khiển")
				.file(new MockMultipartFile("files", "quyet\u0000dinh\n.pdf", "application/pdf", pdf))
				.with(this.demo.as("vanphong"))
				.with(csrf()))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(this.jdbc.sql("""
				SELECT a.file_name FROM attachment a JOIN directive d ON d.id = a.directive_id
				WHERE d.number_symbol = :n
				""").param("n", number).query(String.class).single()).isEqualTo("quyetdinh .pdf");
	}

	@Test
	void aFileOverTheLimitIsRefusedBesideTheFieldAndNothingIsSaved() throws Exception {
		byte[] big = new byte[21 * 1024 * 1024];
		System.arraycopy("%PDF-1.4".getBytes(), 0, big, 0, 8);
		String number = uniqueNumber();
		String page = Pages.ok(this.mvc,
				registration(number, "Tệp quá lớn")
					.file(new MockMultipartFile("files", "ban-scan.pdf", "application/pdf", big))
					.with(this.demo.as("vanphong"))
					.with(csrf()));
		assertThat(page).contains("Tệp \"ban-scan.pdf\" lớn hơn 20 MB.", "Tệp quá lớn");
		assertThat(this.directives.findAll().stream().filter((d) -> number.equals(d.getNumberSymbol()))).isEmpty();
	}

	@Test
	void theOfficeForwardsEveryTaskOfADirectiveAtOnce() throws Exception {
		long directiveId = register(uniqueNumber());
		assertThat(send("tp.cntt", "/directives/" + directiveId + "/forward")).isEqualTo(403);
		assertThat(send("vanphong", "/directives/" + directiveId + "/forward")).isEqualTo(302);
		assertThat(task(directiveId, 1).isForwarded()).isTrue();
		assertThat(task(directiveId, 2).isForwarded()).isTrue();
	}

	@Test
	void anUrgeDoesNotMakeTheUnitsNextSaveAConflict() throws Exception {
		Task task = task(register(uniqueNumber()), 1);
		act("vanphong", task, "forward");
		act("tp.cntt", task, "accept");
		String seen = String.valueOf(reload(task).getVersion());
		assertThat(send("vanphong", "/tasks/" + task.getId() + "/urges", "channel", "PHONE", "weight", "REMINDER",
				"text", "Đề nghị báo cáo tiến độ"))
			.isEqualTo(302);
		assertThat(send("cv.cntt", "/tasks/" + task.getId() + "/progress", "version", seen, "text",
				"Đang thực hiện, dự kiến xong trước hạn"))
			.isEqualTo(302);
		assertThat(reload(task).getUrgeCount()).isEqualTo(1);
	}

	@Test
	void aWrittenNoticeIsRecordedOnceAndTooLongInputIsRefusedBesideTheField() throws Exception {
		Task task = task(register(uniqueNumber()), 1);
		act("vanphong", task, "forward");
		act("tp.cntt", task, "accept");
		// The notice is asked for once the unit says it cannot carry the task out (or
		// once it is overdue).
		assertThat(act("tp.cntt", task, "return-request", "text", "Không thuộc chức năng của phòng")).isEqualTo(302);
		String page = Pages.ok(this.mvc,
				post("/tasks/" + task.getId() + "/notice").param("version", String.valueOf(reload(task).getVersion()))
					.param("number", "x".repeat(101))
					.param("date", today())
					.with(this.demo.as("cv.cntt"))
					.with(csrf()));
		assertThat(page).contains("Độ dài phải từ");
		assertThat(act("cv.cntt", task, "notice", "number", "12/STTTT-VP", "date", today())).isEqualTo(302);
		assertThat(Pages.ok(this.mvc,
				post("/tasks/" + task.getId() + "/notice").param("version", String.valueOf(reload(task).getVersion()))
					.param("number", "13/STTTT-VP")
					.param("date", today())
					.with(this.demo.as("cv.cntt"))
					.with(csrf())))
			.contains("Văn bản báo cáo theo Điều 9.2 đã được ghi nhận.");
		assertThat(reload(task).getNoticeNumber()).isEqualTo("12/STTTT-VP");
	}

	@Test
	void aPersonMovedToAnotherUnitCannotGoOnActingForTheOldOneWithAnOldSession() throws Exception {
		var user = this.accounts.create("cv.chuyen", "Người Chuyển Đơn Vị", "Chuyên viên", unit("CNTT"),
				java.util.Set.of(vn.dondoc.account.Role.STAFF), this.accounts.hash("mat-khau-tam"));
		CurrentUser oldSession = (CurrentUser) this.users.loadUserByUsername("cv.chuyen");
		Task task = task(register(uniqueNumber()), 1);
		act("vanphong", task, "forward");
		act("tp.cntt", task, "accept");
		this.userManagement.update(user.getId(), user.getVersion(), "Người Chuyển Đơn Vị", null, "Chuyên viên",
				unit("BCVT"), java.util.Set.of(vn.dondoc.account.Role.STAFF));
		int status = this.mvc
			.perform(post("/tasks/" + task.getId() + "/progress")
				.param("version", String.valueOf(reload(task).getVersion()))
				.param("text", "Cập nhật bằng phiên cũ")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.user(oldSession))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus();
		// The move changed what the session may do: it is ended, the person signs in
		// again.
		assertThat(status).isEqualTo(302);
	}

	@Test
	void theOfficeReturnsADirectiveAndItsTasksLeaveOpenWorkButStayOnRecord() throws Exception {
		long directiveId = register(uniqueNumber());
		long version = this.directives.findById(directiveId).orElseThrow().getVersion();
		assertThat(send("tp.cntt", "/directives/" + directiveId + "/return", "version", String.valueOf(version),
				"reason", "x"))
			.isEqualTo(403);
		assertThat(send("vanphong", "/directives/" + directiveId + "/return", "version", String.valueOf(version),
				"reason", "Không thuộc chức năng của Sở"))
			.isEqualTo(302);
		Task task = task(directiveId, 1);
		assertThat(task.getStatus()).isEqualTo(TaskStatus.RETURNED);
		assertThat(task.timeliness(LocalDate.now(this.clock))).isEqualTo(Timeliness.NOT_MEASURED);
		String page = Pages.ok(this.mvc, get("/directives/" + directiveId).with(this.demo.as("cv.cntt")));
		assertThat(page).contains("Đã trả lại", "Không thuộc chức năng của Sở");
		String open = Pages.ok(this.mvc,
				get("/tasks").param("status", "OPEN")
					.param("number", numberOf(directiveId))
					.with(this.demo.as("cv.cntt")));
		assertThat(open).contains("Không có kết quả phù hợp.");
	}

	String numberOf(long directiveId) {
		return this.directives.findById(directiveId).orElseThrow().getNumberSymbol();
	}

	@Test
	void aRecurringTaskIsReportedOccurrenceByOccurrence() throws Exception {
		MvcResult result = this.mvc
			.perform(multipart("/directives").param("kind", "KE_HOACH")
				.param("numberSymbol", uniqueNumber())
				.param("summary", "Kế hoạch báo cáo định kỳ")
				.param("issueDate", inDays(-40))
				.param("issuer", "UBND_TINH")
				.param("receivedDate", inDays(-35))
				.param("tasks[0].content", "Báo cáo hằng tháng tình hình an toàn thông tin")
				.param("tasks[0].withDeadline", "true")
				.param("tasks[0].deadlineMeaning", "REPORT_UBND")
				.param("tasks[0].category", "SPECIALISED")
				.param("tasks[0].leadUnitId", String.valueOf(unit("CNTT")))
				.param("tasks[0].recurrence", "MONTHLY")
				.param("tasks[0].recurrenceDay", "20")
				.param("tasks[0].recurrenceUntil", inDays(100))
				.with(this.demo.as("vanphong"))
				.with(csrf()))
			.andReturn();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).as(result.getResponse().getContentAsString()).startsWith("/directives/");
		long directiveId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		Task task = this.tx.execute((status) -> {
			Task t = this.tasks.findByDirectiveIdOrderBySeq(directiveId).get(0);
			t.getOccurrences();
			return t;
		});
		assertThat(task.isRecurring()).isTrue();
		assertThat(task.getOccurrences()).hasSizeGreaterThanOrEqualTo(4);
		act("vanphong", task, "forward");
		act("tp.cntt", task, "accept");
		long first = task.getOccurrences().get(0).getId();
		assertThat(act("cv.cntt", task, "occurrences/" + first + "/complete", "text", "Báo cáo tháng số 1", "date",
				today()))
			.isEqualTo(302);
		Task after = this.tx.execute((status) -> {
			Task t = this.tasks.findById(task.getId()).orElseThrow();
			t.getOccurrences();
			return t;
		});
		assertThat(after.getOccurrences().get(0).isDone()).isTrue();
		assertThat(after.getDeadline()).isEqualTo(after.getOccurrences().get(1).getDueDate());
		assertThat(after.getStatus()).isEqualTo(TaskStatus.IN_PROGRESS);
		assertThat(after.isDeadlineExtended()).isFalse();
		assertThat(Pages.ok(this.mvc, get("/tasks/" + task.getId()).with(this.demo.as("cv.cntt"))))
			.contains("Báo cáo tháng số 1", "Hằng tháng");
	}

}
