package vn.dondoc.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

import vn.dondoc.DemoUsers;
import vn.dondoc.account.Actor;
import vn.dondoc.directive.DeadlineMeaning;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveContent;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.directive.DirectiveReading;
import vn.dondoc.directive.Fixtures;
import vn.dondoc.directive.DirectiveRegistration;
import vn.dondoc.directive.Issuer;
import vn.dondoc.directive.Task;
import vn.dondoc.directive.TaskCategory;
import vn.dondoc.directive.TaskDraft;
import vn.dondoc.directive.TaskWorkflow;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The four journeys of issue 3 in a real browser: a directive from registration to a task
 * done on time; a return and a reassignment; an extension; and a confidential placeholder
 * that an officer of another unit cannot see.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DirectiveJourneyIT {

	@Autowired
	java.time.Clock clock;

	static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

	/**
	 * The Department's zone: "today" is the day in Vietnam, whatever the test machine's
	 * zone.
	 */
	static final java.time.ZoneId VN = java.time.ZoneId.of("Asia/Ho_Chi_Minh");

	@LocalServerPort
	int port;

	@Autowired
	UnitManagement units;

	@Autowired
	DirectiveRegistration registration;

	@Autowired
	DirectiveReading reading;

	@Autowired
	TaskWorkflow workflow;

	@Autowired
	UserDetailsService users;

	long unit(String code) {
		return Fixtures.unit(this.units, code);
	}

	Actor actor(String username) {
		return Fixtures.actor(this.users, username);
	}

	String date(int daysFromToday) {
		return LocalDate.now(this.clock).plusDays(daysFromToday).format(DMY);
	}

	static void as(Browser browser, String username) {
		browser.logIn(username, DemoUsers.PASSWORD);
		// Leadership and the office start on the dashboard.
		browser.waitForPathMatching("/(dashboard)?");
	}

	/** A forwarded task led by the given unit, registered through the services. */
	long forwardedTask(String number, String leadCode, LocalDate deadline) {
		Directive directive = this.registration.register(actor("vanphong"),
				new DirectiveContent(DirectiveKind.CONG_VAN, number, "Về việc rà soát hạ tầng mạng",
						LocalDate.now(this.clock).minusDays(3), "Trần Quốc Tuấn", null, Issuer.UBND_TINH),
				LocalDate.now(this.clock),
				List.of(TaskDraft.of("Rà soát hạ tầng mạng nội bộ các cơ quan", unit(leadCode))
					.due(DeadlineMeaning.COMPLETE, deadline)
					.category(TaskCategory.SPECIALISED)),
				List.of());
		Task task = this.reading.tasksOf(directive.getId()).get(0);
		this.workflow.forward(actor("vanphong"), task.getId(), task.getVersion());
		return task.getId();
	}

	@Test
	void officeRegistersLeaderInstructsUnitsCoordinateAndTheTaskIsDoneOnTime() throws Exception {
		try (Browser browser = Browser.open(this.port)) {
			as(browser, "vanphong");
			browser.go("/directives/new");
			browser.selectValue("#kind", "CONG_VAN");
			browser.type("#numberSymbol", "2468/UBND-KTTH");
			browser.type("#f-issueDate", date(-2));
			browser.type("#f-summary", "Về việc đẩy mạnh chuyển đổi số trong cơ quan nhà nước");
			browser.type("#signer", "Trần Quốc Tuấn");
			browser.selectValue("#signerPosition", "PHO_CHU_TICH");
			browser.type("#f-tasks-0-content", "Chủ trì xây dựng kế hoạch chuyển đổi số năm 2027");
			browser.selectValue("#f-tasks-0-leadUnitId", unit("CNTT"));
			browser.type("#f-tasks-0-deadline", date(20));
			browser.click("#add-part-0");
			browser.selectValue("#f-tasks-0-parts-0-unitId", unit("BCVT"));
			browser.type("#f-tasks-0-parts-0-description", "Số liệu hạ tầng viễn thông");
			browser.type("#f-tasks-0-parts-0-deadline", date(10));
			browser.click("#add-task");
			assertThat(browser.find("#f-tasks-0-content").getAttribute("value"))
				.isEqualTo("Chủ trì xây dựng kế hoạch chuyển đổi số năm 2027");
			browser.type("#f-tasks-1-content", "Báo cáo kết quả thanh tra công tác an toàn thông tin");
			browser.selectValue("#f-tasks-1-leadUnitId", unit("TTRA"));
			browser.type("#f-tasks-1-deadline", date(30));
			browser.click("#save-directive");
			browser.waitForPathMatching("/directives/\\d+");
			browser.waitForText("Đã vào sổ văn bản 2468/UBND-KTTH.");
			String directivePath = browser.path();
			browser.screenshot("directive-registered");
			browser.logOut();

			as(browser, "giamdoc");
			browser.go(directivePath);
			browser.type("#instruction-text", "Giao Phòng CNTT chủ trì, Phòng BCVT phối hợp; hoàn thành đúng hạn.");
			browser.click("#save-instruction");
			assertThat(browser.waitForText("Đã lưu ý kiến chỉ đạo.")).contains("Giao Phòng CNTT chủ trì");
			browser.logOut();

			as(browser, "vanphong");
			browser.go(directivePath);
			browser.click(".task-link");
			browser.waitForPathMatching("/tasks/\\d+");
			String taskPath = browser.path();
			browser.click("#forward");
			browser.waitForText("Đã chuyển nhiệm vụ cho đơn vị chủ trì.");
			browser.logOut();

			as(browser, "tp.cntt");
			browser.go(taskPath);
			browser.select("#accept-assignee", "Lý Minh Châu");
			browser.click("#accept");
			browser.waitForText("Đã tiếp nhận nhiệm vụ.");
			browser.click(".forward-part");
			browser.waitForText("Đã chuyển phần việc cho đơn vị phối hợp.");
			browser.logOut();

			as(browser, "tp.bcvt");
			browser.go(taskPath);
			browser.type(".part-update textarea", "Đã gửi số liệu hạ tầng viễn thông");
			browser.click(".part-update input[type=checkbox]");
			browser.click(".save-part");
			browser.waitForText("Đã ghi nhận hoàn thành phần việc.");
			browser.logOut();

			as(browser, "cv.cntt");
			browser.go(taskPath);
			browser.type("#progress-text", "Đã tổng hợp số liệu, hoàn thiện dự thảo kế hoạch.");
			browser.click("#save-progress");
			browser.waitForText("Đã cập nhật tiến độ.");
			browser.logOut();

			as(browser, "tp.cntt");
			browser.go(taskPath);
			browser.type("#complete-text", "Kế hoạch số 321/KH-STTTT đã trình UBND tỉnh");
			// A day not yet come is refused: the page opens at the completion form, the
			// cursor in the date, what was typed kept.
			browser.type("#complete-date", date(3));
			browser.click("#complete");
			browser.waitForText("Ngày này chưa đến");
			assertThat(browser.focusedId()).isEqualTo("complete-date");
			assertThat(browser.find("#complete-text").getAttribute("value")).contains("Kế hoạch số 321/KH-STTTT");
			browser.type("#complete-date", date(0));
			browser.click("#complete");
			browser.waitForText("Đã ghi nhận hoàn thành nhiệm vụ.");
			assertThat(browser.find("#task-state").getText()).contains("Đã thực hiện").contains("Đúng hạn");
			assertThat(browser.text()).contains("Kế hoạch số 321/KH-STTTT", "Đã gửi số liệu hạ tầng viễn thông");
			browser.screenshot("task-done-on-time");
		}
	}

	@Test
	void aUnitAsksToReturnATaskAndLeadershipReassignsIt() throws Exception {
		long taskId = forwardedTask("1357/UBND-NC", "TTRA", LocalDate.now(this.clock).plusDays(15));
		try (Browser browser = Browser.open(this.port)) {
			as(browser, "tp.ttra");
			browser.go("/tasks/" + taskId);
			browser.type("#return-text",
					"Nhiệm vụ thuộc lĩnh vực công nghệ thông tin, không thuộc chức năng thanh tra.");
			browser.click("#request-return");
			browser.waitForText("Đã gửi đề nghị trả lại nhiệm vụ cho Lãnh đạo Sở.");
			browser.logOut();

			as(browser, "giamdoc");
			browser.go("/tasks?pending=RETURN");
			assertThat(browser.text()).contains("Rà soát hạ tầng mạng nội bộ các cơ quan");
			browser.go("/tasks/" + taskId);
			assertThat(browser.find("#return-request").getText()).contains("không thuộc chức năng thanh tra");
			browser.selectValue("#reassign-unit", unit("CNTT"));
			browser.clickAndConfirm("#reassign");
			browser.waitForText("Đã giao lại nhiệm vụ.");
			assertThat(browser.find("#lead-unit").getText()).isEqualTo("Phòng Công nghệ thông tin");
			assertThat(browser.text()).contains("Đề nghị trả lại", "Giao lại");
			browser.logOut();

			as(browser, "tp.cntt");
			browser.go("/tasks/" + taskId);
			assertThat(browser.has("#accept")).isTrue();
		}
	}

	@Test
	void anExtensionIsRequestedAndApprovedAndBothDeadlinesShow() throws Exception {
		LocalDate deadline = LocalDate.now(this.clock).plusDays(3);
		long taskId = forwardedTask("9753/UBND-KT", "CNTT", deadline);
		Task task = this.reading.taskState(taskId).orElseThrow();
		this.workflow.accept(actor("tp.cntt"), taskId, task.getVersion(), null);
		try (Browser browser = Browser.open(this.port)) {
			as(browser, "tp.cntt");
			browser.go("/tasks/" + taskId);
			browser.type("#extension-date", date(40));
			browser.type("#extension-text", "Chờ ý kiến góp ý của các sở, ngành.");
			browser.click("#request-extension");
			browser.waitForText("Đã gửi đề nghị gia hạn cho Lãnh đạo Sở.");
			browser.logOut();

			as(browser, "giamdoc");
			browser.go("/tasks?pending=EXTENSION");
			assertThat(browser.text()).contains("Rà soát hạ tầng mạng nội bộ các cơ quan");
			browser.go("/tasks/" + taskId);
			browser.type("#extension-decision-text", "Đồng ý gia hạn một lần.");
			browser.click("#approve-extension");
			browser.waitForText("Đã đồng ý gia hạn.");
			assertThat(browser.find("#deadline").getText()).contains(date(40))
				.contains("Hạn ban đầu: " + deadline.format(DMY));
			browser.screenshot("extension-approved");
		}
	}

	@Test
	void aConfidentialPlaceholderIsRegisteredAndAnOfficerOfAnotherUnitCannotSeeIt() throws Exception {
		try (Browser browser = Browser.open(this.port)) {
			as(browser, "vanphong");
			browser.go("/directives");
			browser.click("#new-placeholder");
			browser.selectValue("#level", "TOI_MAT");
			browser.selectValue("#leadUnitId", unit("TTRA"));
			browser.type("#p-reportDueDates-0", date(30));
			browser.click("#save-placeholder");
			browser.waitForPathMatching("/directives/\\d+");
			String path = browser.path();
			String code = browser.find("h1").getText().replace("Tối mật", "").strip();
			assertThat(code).startsWith("M-");
			assertThat(browser.text()).contains("Thanh tra Sở", date(30));
			browser.logOut();

			as(browser, "tp.ttra");
			browser.go(path);
			assertThat(browser.find("h1").getText()).contains(code);
			browser.logOut();

			as(browser, "cv.cntt");
			browser.go("/directives?confidential=true");
			assertThat(browser.text()).doesNotContain(code);
			browser.go(path);
			assertThat(browser.text()).contains("Không tìm thấy").doesNotContain(code);
			browser.logOut();

			as(browser, "tp.cntt");
			browser.go(path);
			assertThat(browser.text()).contains("Không tìm thấy");
		}
	}

	/**
	 * "A clerk registers a directive with three tasks in under a minute, keyboard only":
	 * no mouse, only typing, Tab, arrow keys and Enter.
	 */
	@Test
	void aClerkRegistersADirectiveWithThreeTasksByKeyboardAlone() throws Exception {
		try (Browser browser = Browser.open(this.port)) {
			as(browser, "vanphong");
			browser.go("/directives/new");
			long started = System.nanoTime();
			assertThat(browser.focusedId()).isEqualTo("kind");
			browser.keys("Công v", Keys.TAB, "3579/UBND-VX", Keys.TAB, date(-1), Keys.TAB, Keys.TAB,
					"Về việc triển khai Tháng hành động về an toàn thông tin", Keys.TAB, "Lê Thị Thu Hà", Keys.TAB,
					"Phó", Keys.TAB, Keys.TAB, Keys.TAB);
			for (int task = 0; task < 3; task++) {
				assertThat(browser.focusedId()).isEqualTo("f-tasks-" + task + "-content");
				browser.keys("Nhiệm vụ số " + (task + 1) + " về an toàn thông tin", Keys.TAB);
				// The lead unit: the first unit below the Department, then one more per
				// task.
				for (int down = 0; down < 2 + task; down++) {
					browser.keys(Keys.ARROW_DOWN);
				}
				browser.keys(Keys.TAB, Keys.TAB, date(30 + task));
				if (task < 2) {
					// Through meaning, the two checkboxes, monitor, recurrence, "add a
					// part"
					// (and "remove this task" once there are two) to "add a task".
					browser.keys(Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB, Keys.TAB);
					if (task > 0) {
						browser.keys(Keys.TAB);
					}
					assertThat(browser.focusedId()).isEqualTo("add-task");
					browser.keys(Keys.ENTER);
					browser.waitForText("Nhiệm vụ " + (task + 2));
				}
			}
			browser.keys(Keys.ENTER);
			browser.waitForText("Đã vào sổ văn bản 3579/UBND-VX.");
			double seconds = (System.nanoTime() - started) / 1e9;
			assertThat(browser.text()).contains("Nhiệm vụ số 1 về an toàn thông tin",
					"Nhiệm vụ số 3 về an toàn thông tin", "Phòng Công nghệ thông tin");
			assertThat(seconds).as("keyboard registration took %.1f s", seconds).isLessThan(60);
			org.apache.commons.logging.LogFactory.getLog(DirectiveJourneyIT.class)
				.info("A directive with three tasks registered by keyboard alone in %.1f s".formatted(seconds));
			browser.screenshot("keyboard-registration");
		}
	}

}
