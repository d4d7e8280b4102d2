package vn.dondoc.directive;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.account.Actor;
import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.StatementCounter;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Confidential placeholders hold no content whichever way content is sent (SPEC §4), are
 * seen only by those allowed, and the heavy pages run a fixed number of queries.
 */
@IntegrationTest
class ConfidentialityAndQueriesIT {

	@Autowired
	java.time.Clock clock;

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitManagement units;

	@Autowired
	DirectiveRegistration registration;

	@Autowired
	JdbcClient jdbc;

	DemoUsers demo;

	@BeforeEach
	void setUp() {
		this.demo = new DemoUsers(this.users);
	}

	long unit(String code) {
		return Fixtures.unit(this.units, code);
	}

	Actor actor(String username) {
		return Fixtures.actor(this.users, username);
	}

	Directive placeholder(String leadCode) {
		return this.registration.registerPlaceholder(actor("vanphong"), Confidentiality.TUYET_MAT,
				LocalDate.now(this.clock), unit(leadCode), List.of(LocalDate.now(this.clock).plusDays(30)));
	}

	@Test
	void theServerRefusesContentForAPlaceholderOnEveryWritePath() throws Exception {
		for (String field : List.of("summary", "numberSymbol", "signer", "tasks[0].content", "instruction")) {
			int status = this.mvc
				.perform(post("/directives/confidential").param("level", "MAT")
					.param("receivedDate", "01/11/2026")
					.param("leadUnitId", String.valueOf(unit("TTRA")))
					.param(field, "Nội dung mật")
					.with(this.demo.as("vanphong"))
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(field).isEqualTo(400);
		}
		int withFile = this.mvc.perform(multipart("/directives/confidential")
			.file(new org.springframework.mock.web.MockMultipartFile("files", "mat.pdf", "application/pdf",
					"%PDF-1.4".getBytes()))
			.param("level", "MAT")
			.param("receivedDate", "01/11/2026")
			.param("leadUnitId", String.valueOf(unit("TTRA")))
			.with(this.demo.as("vanphong"))
			.with(csrf())).andReturn().getResponse().getStatus();
		assertThat(withFile).isEqualTo(400);

		Directive placeholder = placeholder("TTRA");
		for (String[] request : new String[][] { { "instruction", "giamdoc", "text" },
				{ "return", "vanphong", "reason" } }) {
			int status = this.mvc
				.perform(post("/directives/" + placeholder.getId() + "/" + request[0])
					.param("version", String.valueOf(placeholder.getVersion()))
					.param(request[2], "Nội dung mật")
					.with(this.demo.as(request[1]))
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(request[0]).isEqualTo(400);
		}
		assertThat(this.jdbc.sql("SELECT instruction, return_reason FROM directive WHERE id = :id")
			.param("id", placeholder.getId())
			.query((rs, row) -> rs.getString(1) == null && rs.getString(2) == null)
			.single()).isTrue();
	}

	@Test
	void aPlaceholderLeavesNoGapInTheDirectivesIds() {
		java.util.function.IntFunction<Directive> normal = (n) -> this.registration.register(actor("vanphong"),
				new DirectiveContent(DirectiveKind.CONG_VAN, n + "/UBND-ID", "Về việc thử số thứ tự",
						LocalDate.now(this.clock).minusDays(1), null, null, Issuer.UBND_TINH),
				LocalDate.now(this.clock),
				List.of(TaskDraft.of("Việc thử số thứ tự", unit("CNTT"))
					.mustReport(false)
					.due(DeadlineMeaning.COMPLETE, null)),
				List.of());
		Directive before = normal.apply(1);
		Directive secret = placeholder("TTRA");
		Directive after = normal.apply(2);
		assertThat(after.getId()).as("the next directive's id").isEqualTo(before.getId() + 1);
		assertThat(secret.getId()).as("the placeholder's, from a sequence of its own")
			.isGreaterThan(7_000_000_000_000L);
	}

	@Test
	void freeTextFindsTheKindTheNumberAndTheIssuerAsPeopleTypeThem() throws Exception {
		this.registration.register(actor("vanphong"),
				new DirectiveContent(DirectiveKind.QUYET_DINH, "8642/QĐ-UBND", "Ban hành quy chế phối hợp xử lý tin",
						LocalDate.now(this.clock).minusDays(2), null, null, Issuer.CHU_TICH_UBND_TINH),
				LocalDate.now(this.clock),
				List.of(TaskDraft.of("Xây dựng kho dữ liệu dùng chung của tỉnh", unit("CNTT"))
					.mustReport(false)
					.due(DeadlineMeaning.COMPLETE, null)),
				List.of());
		for (String typed : List.of("quyet dinh 8642", "quyết định 8642", "8642/qđ", "  QĐ   8642 ",
				"QUYẾT ĐỊNH kho dữ liệu", "chu tich ubnd 8642", "Chủ tịch Ủy ban nhân dân tỉnh 8642")) {
			assertThat(org.jsoup.Jsoup
				.parse(Pages.ok(this.mvc, get("/tasks").param("q", typed).with(this.demo.as("giamdoc"))))
				.text()).as("the task list for %s", typed).contains("Xây dựng kho dữ liệu dùng chung của tỉnh");
			assertThat(org.jsoup.Jsoup
				.parse(Pages.ok(this.mvc, get("/directives").param("q", typed).with(this.demo.as("giamdoc"))))
				.text()).as("the directive list for %s", typed).contains("Ban hành quy chế phối hợp xử lý tin");
		}
		assertThat(Pages.ok(this.mvc, get("/directives").param("q", "cong van 8642").with(this.demo.as("giamdoc"))))
			.as("another kind")
			.doesNotContain("Ban hành quy chế phối hợp xử lý tin");
	}

	@Test
	void theDatabaseItselfRefusesContentOnAConfidentialRow() {
		Directive placeholder = placeholder("TTRA");
		assertThatThrownBy(() -> this.jdbc.sql("UPDATE directive SET summary = 'lọt nội dung' WHERE id = :id")
			.param("id", placeholder.getId())
			.update()).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void unitHeadCannotSeeAnotherUnitsConfidentialPlaceholder() throws Exception {
		Directive placeholder = placeholder("TTRA");
		String path = "/directives/" + placeholder.getId();
		for (String allowed : List.of("giamdoc", "vanphong", "admin", "tp.ttra")) {
			assertThat(Pages.ok(this.mvc, get(path).with(this.demo.as(allowed)))).as(allowed)
				.contains(placeholder.getRegisterCode());
			assertThat(Pages.ok(this.mvc, get("/directives").param("confidential", "true").with(this.demo.as(allowed))))
				.as(allowed)
				.contains(placeholder.getRegisterCode());
		}
		for (String other : List.of("tp.cntt", "cv.ttra", "cv.cntt", "khtc")) {
			assertThat(this.mvc.perform(get(path).with(this.demo.as(other))).andReturn().getResponse().getStatus())
				.as(other)
				.isEqualTo(404);
			assertThat(Pages.ok(this.mvc, get("/directives").param("confidential", "true").with(this.demo.as(other))))
				.as(other)
				.doesNotContain(placeholder.getRegisterCode());
		}
	}

	@Test
	void theTaskListAndTheTaskPageRunTheSameNumberOfQueriesWhateverTheData() throws Exception {
		int few = statements(get("/tasks").param("q", "khong-co-ket-qua-nao"));
		int many = statements(get("/tasks"));
		int filtered = statements(get("/tasks").param("status", "OPEN").param("sort", "deadline").param("page", "1"));
		assertThat(many).isEqualTo(few).isEqualTo(filtered);
		long busy = this.jdbc
			.sql("""
					SELECT t.id FROM task t WHERE t.assignee_id IS NOT NULL ORDER BY (SELECT count(*) FROM task_update u WHERE u.task_id = t.id)
					  + (SELECT count(*) FROM task_part p WHERE p.task_id = t.id) DESC, t.id LIMIT 1
					""")
			.query(Long.class)
			.single();
		long quiet = this.jdbc.sql("""
				SELECT t.id FROM task t WHERE t.assignee_id IS NOT NULL ORDER BY (SELECT count(*) FROM task_update u
				  WHERE u.task_id = t.id) + (SELECT count(*) FROM task_part p WHERE p.task_id = t.id), t.id LIMIT 1
				""").query(Long.class).single();
		assertThat(busy).isNotEqualTo(quiet);
		assertThat(statements(get("/tasks/" + busy))).isEqualTo(statements(get("/tasks/" + quiet)));
		assertThat(statements(get("/directives"))).isEqualTo(statements(get("/directives").param("status", "OPEN")));
		// A search counts its matches with its page: as many statements found or not.
		assertThat(statements(get("/directives").param("q", "quyet dinh")))
			.isEqualTo(statements(get("/directives").param("q", "khongcoketqua")));
	}

	private int statements(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request)
			throws Exception {
		request.with(this.demo.as("giamdoc"));
		StatementCounter.reset();
		Pages.ok(this.mvc, request);
		return StatementCounter.count();
	}

}
