package vn.dondoc.directive;

import java.time.LocalDate;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.account.Actor;
import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.common.MovableClock;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What the task page shows the unit: "Giao cho" with the person who has the task now; the
 * notice of Điều 9.2 offered only once the task is overdue; completing with a
 * coordinating part still open warns and names it; the urges by people apart from the
 * automatic reminders.
 */
@IntegrationTest
class TaskPageIT {

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
	void theTaskPageShowsTheUnitWhatItNeeds() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		LocalDate today = LocalDate.now(this.clock);
		Actor office = Fixtures.actor(this.users, "vanphong");
		Actor head = Fixtures.actor(this.users, "tp.cntt");
		Directive directive = this.registration.register(office,
				new DirectiveContent(DirectiveKind.CONG_VAN, "TP-" + System.identityHashCode(this) + "/UBND-KGVX",
						"Về trang nhiệm vụ", today.minusDays(3), null, null, Issuer.UBND_TINH),
				today.minusDays(2),
				List.of(TaskDraft.of("Triển khai nền tảng họp trực tuyến", Fixtures.unit(this.units, "CNTT"))
					.due(DeadlineMeaning.COMPLETE, today.plusDays(4))),
				List.of());
		long id = this.reading.tasksOf(directive.getId()).get(0).getId();
		this.workflow.forward(office, id, version(id));
		long officer = this.jdbc.sql("SELECT id FROM app_user WHERE username = 'cv.cntt'").query(Long.class).single();
		this.workflow.accept(head, id, version(id), officer);
		this.workflow.addPart(head, id, version(id), Fixtures.unit(this.units, "BCVT"), "Số liệu trạm phát sóng",
				today.plusDays(2));
		this.workflow.urge(office, id, UrgeChannel.PHONE, UrgeWeight.REMINDER, "Trưởng phòng", "Nhắc tiến độ");
		this.workflow.urge(office, id, UrgeChannel.EMAIL, UrgeWeight.REMINDER, null, null);
		this.jdbc.sql("""
				INSERT INTO urge (task_id, channel, weight, urged_by, target_unit_id, urged_at, automatic)
				SELECT id, 'SYSTEM', 'REMINDER', 'Hệ thống', lead_unit_id, :at, TRUE FROM task WHERE id = :id
				""").param("id", id).param("at", java.sql.Timestamp.from(this.clock.instant())).update();

		Document page = Jsoup.parse(Pages.ok(this.mvc, get("/tasks/" + id).with(demo.as("tp.cntt"))));
		assertThat(page.select("#assign-assignee option[selected]").text())
			.isEqualTo(this.jdbc.sql("SELECT full_name FROM app_user WHERE id = :id")
				.param("id", officer)
				.query(String.class)
				.single());
		assertThat(page.getElementById("notice-form")).as("not overdue yet").isNull();
		assertThat(page.getElementById("open-parts-warning").text()).contains("Phòng Bưu chính – Viễn thông",
				"Số liệu trạm phát sóng");
		assertThat(page.getElementById("complete-form").attr("data-confirm")).contains("Số liệu trạm phát sóng");
		assertThat(page.getElementById("urge-split").text()).isEqualTo("(2 lần do người đôn đốc, 1 thư nhắc tự động)");

		// The office changes the coordinating units until the lead unit sends them
		// their part: adds one, takes another off; a part sent stays.
		DemoUsers people = new DemoUsers(this.users);
		assertThat(this.mvc
			.perform(post("/tasks/" + id + "/parts").param("version", String.valueOf(version(id)))
				.param("unitId", String.valueOf(Fixtures.unit(this.units, "TTRA")))
				.param("text", "Kiểm tra an toàn thông tin")
				.with(people.as("vanphong"))
				.with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("success")).isEqualTo("task.part.added");
		long bcvtPart = partOf(id, "BCVT");
		assertThat(this.mvc
			.perform(post("/tasks/" + id + "/parts/" + bcvtPart + "/remove")
				.param("version", String.valueOf(version(id)))
				.with(people.as("vanphong"))
				.with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("success")).isEqualTo("task.part.removed");
		long ttraPart = partOf(id, "TTRA");
		this.workflow.forwardPart(head, id, version(id), ttraPart);
		assertThat(Pages.ok(this.mvc,
				post("/tasks/" + id + "/parts/" + ttraPart + "/remove").param("version", String.valueOf(version(id)))
					.with(people.as("vanphong"))
					.with(csrf())))
			.contains("Phần việc đã được chuyển.");
		assertThat(this.jdbc.sql("SELECT count(*) FROM task_part WHERE task_id = :id")
			.param("id", id)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(this.mvc
			.perform(post("/tasks/" + id + "/parts/" + ttraPart + "/remove")
				.param("version", String.valueOf(version(id)))
				.with(people.as("cv.cntt"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);

		// Overdue: the notice is asked for.
		this.clock.moveTo(this.clock.instant().plus(java.time.Duration.ofDays(6)));
		page = Jsoup.parse(Pages.ok(this.mvc, get("/tasks/" + id).with(demo.as("tp.cntt"))));
		assertThat(page.getElementById("notice-form")).isNotNull();
	}

	@Test
	void askingForMoreTimeTellsLeadershipAndTheDecisionTellsTheUnit() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		Actor office = Fixtures.actor(this.users, "vanphong");
		Actor head = Fixtures.actor(this.users, "tp.cntt");
		Directive directive = this.registration.register(office,
				new DirectiveContent(DirectiveKind.CONG_VAN, "GH-" + System.identityHashCode(this) + "/UBND-KGVX",
						"Về gia hạn", today.minusDays(3), null, null, Issuer.UBND_TINH),
				today.minusDays(2),
				List.of(TaskDraft.of("Hoàn thiện đề án kinh tế số", Fixtures.unit(this.units, "CNTT"))
					.due(DeadlineMeaning.COMPLETE, today.plusDays(4))),
				List.of());
		long id = this.reading.tasksOf(directive.getId()).get(0).getId();
		this.workflow.forward(office, id, version(id));
		long officer = this.jdbc.sql("SELECT id FROM app_user WHERE username = 'cv.cntt'").query(Long.class).single();
		this.workflow.accept(head, id, version(id), officer);

		this.workflow.requestExtension(head, id, version(id), today.plusDays(20), "Chờ ý kiến các sở");
		assertThat(told("giamdoc", "extensionRequested", id)).containsExactly("/tasks/" + id);
		assertThat(told("tp.cntt", "extensionRequested", id)).isEmpty();
		assertThat(mailed("giamdoc", "extensionRequested", id)).singleElement()
			.asString()
			.contains("Chờ ý kiến các sở", vn.dondoc.common.DayParameter.DMY.format(today.plusDays(20)));

		assertThat(this.mvc
			.perform(post("/tasks/" + id + "/extension/decision").param("version", String.valueOf(version(id)))
				.param("approve", "true")
				.param("text", "Đồng ý")
				.with(new DemoUsers(this.users).as("giamdoc"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(302);
		assertThat(told("tp.cntt", "extensionApproved", id)).containsExactly("/tasks/" + id);
		assertThat(told("cv.cntt", "extensionApproved", id)).containsExactly("/tasks/" + id);
		assertThat(told("giamdoc", "extensionApproved", id)).isEmpty();
		assertThat(mailed("cv.cntt", "extensionApproved", id)).hasSize(1);

		// The history reads as sentences, with the leader's name.
		String leader = this.jdbc.sql("SELECT full_name FROM app_user WHERE username = 'giamdoc'")
			.query(String.class)
			.single();
		String history = Jsoup
			.parse(Pages.ok(this.mvc, get("/tasks/" + id).with(new DemoUsers(this.users).as("tp.cntt"))))
			.getElementById("task-history")
			.text();
		assertThat(history)
			.contains("Hạn xử lý: " + vn.dondoc.common.DayParameter.DMY.format(today.plusDays(4)) + " → "
					+ vn.dondoc.common.DayParameter.DMY.format(today.plusDays(20)) + "")
			.contains("— " + leader)
			.contains("Trạng thái: Chưa thực hiện → Đang thực hiện")
			.doesNotContain("{")
			.doesNotContain("giamdoc");
	}

	private List<String> told(String login, String kind, long task) {
		return this.jdbc.sql("""
				SELECT n.link FROM notification n JOIN app_user u ON u.id = n.user_id
				WHERE u.username = :login AND n.idempotency_key LIKE :key
				""")
			.param("login", login)
			.param("key", "handoff:" + kind + ":" + task + ":%")
			.query(String.class)
			.list();
	}

	private List<String> mailed(String login, String kind, long task) {
		return this.jdbc.sql("""
				SELECT m.body_text FROM mail_outbox m JOIN app_user u ON u.email = m.recipient
				WHERE u.username = :login AND m.idempotency_key LIKE :key
				""")
			.param("login", login)
			.param("key", "handoff:" + kind + ":" + task + ":%")
			.query(String.class)
			.list();
	}

	private long partOf(long task, String unit) {
		return this.jdbc
			.sql("SELECT p.id FROM task_part p JOIN unit u ON u.id = p.unit_id WHERE p.task_id = :t AND u.code = :u")
			.param("t", task)
			.param("u", unit)
			.query(Long.class)
			.single();
	}

	private long version(long id) {
		return this.reading.taskState(id).orElseThrow().getVersion();
	}

}
