package vn.dondoc.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

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
 * Every hand-off of the month-end cycle tells the person who must act next — in the app
 * and by mail through the outbox, once — and shows under their "Việc đang chờ xử lý"
 * until it is dealt with (April 2027).
 */
@IntegrationTest
class HandOffsIT {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	static final String PERIOD = "2027-04";

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

	DemoUsers demo;

	@AfterEach
	void reset() {
		this.clock.reset();
	}

	@Test
	void eachHandOffTellsWhoActsNextOnceAndWaitsForThem() throws Exception {
		this.demo = new DemoUsers(this.users);
		this.jdbc.sql("DELETE FROM unit_report WHERE period = :p").param("p", PERIOD).update();
		this.jdbc.sql("DELETE FROM department_report WHERE period = :p").param("p", PERIOD).update();
		this.jdbc.sql("DELETE FROM notification WHERE idempotency_key LIKE 'handoff:%:" + PERIOD + "%'").update();
		this.jdbc.sql("DELETE FROM mail_outbox WHERE idempotency_key LIKE 'handoff:%:" + PERIOD + "%'").update();
		long cntt = Fixtures.unit(this.units, "CNTT");
		String form = "/reports/units/" + cntt + "/" + PERIOD;

		// A unit sends: the office is told, the sender and leadership are not.
		on(6, 9);
		ok(post(form).param("version", "-1")
			.param("assessment", "Hoàn thành nhiệm vụ tháng 4.")
			.param("send", "1")
			.with(this.demo.as("tp.cntt"))
			.with(csrf()));
		assertThat(told("vanphong", "unitSent")).containsExactly(form);
		assertThat(told("tp.cntt", "unitSent")).isEmpty();
		assertThat(told("giamdoc", "unitSent")).isEmpty();
		assertThat(mailed("vanphong", "unitSent"))
			.containsExactly("Phòng Công nghệ thông tin đã gửi báo cáo tháng 4/2027");
		assertThat(work("vanphong")).contains("1 báo cáo đơn vị tháng 4/2027 mới gửi");

		// The office returns it: the unit head is told, and sees it waiting.
		ok(post(form + "/return").param("version", version("unit_report", "AND unit_id = " + cntt))
			.param("comment", "Bổ sung số liệu quá hạn")
			.with(this.demo.as("vanphong"))
			.with(csrf()));
		assertThat(told("tp.cntt", "unitReturned")).containsExactly(form);
		assertThat(mailBody("tp.cntt", "unitReturned")).contains("Bổ sung số liệu quá hạn");
		assertThat(work("tp.cntt")).contains("Báo cáo tháng 4/2027 của đơn vị bị trả lại");
		assertThat(work("vanphong")).doesNotContain("đơn vị tháng 4/2027 mới gửi");

		// Sent again: a new hand-off, told again; the head's item is gone.
		on(7, 9);
		ok(post(form).param("version", version("unit_report", "AND unit_id = " + cntt))
			.param("assessment", "Đã bổ sung số liệu.")
			.param("send", "1")
			.with(this.demo.as("tp.cntt"))
			.with(csrf()));
		assertThat(told("vanphong", "unitSent")).hasSize(2);
		assertThat(work("tp.cntt")).doesNotContain("tháng 4/2027 của đơn vị bị trả lại");

		// The office drafts and submits: leadership is told, and sees it waiting.
		on(11, 9);
		ok(post("/reports/department/" + PERIOD + "/draft").with(this.demo.as("vanphong")).with(csrf()));
		assertThat(work("vanphong")).doesNotContain("đơn vị tháng 4/2027 mới gửi");
		submit("Báo cáo tháng 4.");
		String department = "/reports/department?period=" + PERIOD;
		assertThat(told("giamdoc", "departmentSubmitted")).containsExactly(department);
		assertThat(told("vanphong", "departmentSubmitted")).isEmpty();
		assertThat(work("giamdoc")).contains("Báo cáo tháng 4/2027 của Sở chờ Lãnh đạo duyệt");

		// The leader returns it: the office is told with the comment.
		ok(post("/reports/department/" + PERIOD + "/decide").param("version", version("department_report", ""))
			.param("comment", "Thêm đánh giá chung")
			.with(this.demo.as("giamdoc"))
			.with(csrf()));
		assertThat(told("vanphong", "departmentReturned")).containsExactly(department);
		assertThat(mailBody("vanphong", "departmentReturned")).contains("Thêm đánh giá chung");
		assertThat(work("vanphong")).contains("bị Lãnh đạo trả lại");
		assertThat(work("giamdoc")).doesNotContain("tháng 4/2027 của Sở chờ Lãnh đạo duyệt");

		// Submitted again and approved: the office is told to issue.
		submit("Báo cáo tháng 4.\n\nĐánh giá chung: hoàn thành.");
		assertThat(told("giamdoc", "departmentSubmitted")).hasSize(2);
		ok(post("/reports/department/" + PERIOD + "/decide").param("version", version("department_report", ""))
			.param("approve", "1")
			.with(this.demo.as("giamdoc"))
			.with(csrf()));
		assertThat(told("vanphong", "departmentApproved")).containsExactly(department);
		assertThat(work("vanphong")).contains("đã được duyệt: ban hành");

		// Issued: the units and the office are told, with the published report's link.
		on(13, 9);
		ok(post("/reports/department/" + PERIOD + "/issue").param("version", version("department_report", ""))
			.param("number", "45/BC-STTTT")
			.param("issuedOn", "13/04/2027")
			.param("signer", "Nguyễn Văn Giám")
			.with(this.demo.as("vanphong"))
			.with(csrf()));
		long id = this.jdbc.sql("SELECT id FROM department_report WHERE period = :p")
			.param("p", PERIOD)
			.query(Long.class)
			.single();
		for (String head : List.of("tp.cntt", "tp.bcvt", "tp.vp")) {
			assertThat(told(head, "departmentIssued")).as(head).containsExactly("/public/reports/" + id);
		}
		assertThat(told("vanphong", "departmentIssued")).isEmpty();
		assertThat(mailed("tp.bcvt", "departmentIssued"))
			.containsExactly("Báo cáo tháng 4/2027 của Sở đã ban hành (số 45/BC-STTTT)");
		assertThat(work("vanphong")).doesNotContain("tháng 4/2027 của Sở đã được duyệt");

		// Once each: no key twice, and one mail per notification of a person with mail.
		assertThat(this.jdbc.sql("""
				SELECT count(*) FROM mail_outbox m WHERE m.idempotency_key LIKE 'handoff:%'
				  AND NOT EXISTS (SELECT 1 FROM notification n WHERE n.idempotency_key = m.idempotency_key)
				""").query(Long.class).single()).isZero();
	}

	private void submit(String body) throws Exception {
		ok(post("/reports/department/" + PERIOD).param("version", version("department_report", ""))
			.param("body", body)
			.param("submit", "1")
			.with(this.demo.as("vanphong"))
			.with(csrf()));
	}

	private void ok(RequestBuilder request) throws Exception {
		MvcResult result = this.mvc.perform(request).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		assertThat(result.getFlashMap().get("error")).isNull();
	}

	/** The links of a person's notifications of a kind of hand-off of the period. */
	private List<String> told(String login, String kind) {
		return this.jdbc.sql("""
				SELECT n.link FROM notification n JOIN app_user u ON u.id = n.user_id
				WHERE u.username = :login AND n.idempotency_key LIKE :key ORDER BY n.id
				""")
			.param("login", login)
			.param("key", "handoff:" + kind + ":" + PERIOD + "%")
			.query(String.class)
			.list();
	}

	private List<String> mailed(String login, String kind) {
		return this.jdbc.sql("""
				SELECT m.subject FROM mail_outbox m JOIN app_user u ON u.email = m.recipient
				WHERE u.username = :login AND m.idempotency_key LIKE :key ORDER BY m.id
				""")
			.param("login", login)
			.param("key", "handoff:" + kind + ":" + PERIOD + "%")
			.query(String.class)
			.list();
	}

	private String mailBody(String login, String kind) {
		return String.join("\n",
				this.jdbc.sql("""
						SELECT m.body_text FROM mail_outbox m JOIN app_user u ON u.email = m.recipient
						WHERE u.username = :login AND m.idempotency_key LIKE :key ORDER BY m.id
						""")
					.param("login", login)
					.param("key", "handoff:" + kind + ":" + PERIOD + "%")
					.query(String.class)
					.list());
	}

	/** What "Việc đang chờ xử lý" lists for a person, on their home page. */
	private String work(String login) throws Exception {
		// Home is the dashboard for leadership and the office.
		String location = this.mvc.perform(get("/").with(this.demo.as(login)))
			.andReturn()
			.getResponse()
			.getRedirectedUrl();
		Document home = Jsoup
			.parse(Pages.ok(this.mvc, get((location != null) ? location : "/").with(this.demo.as(login))));
		return (home.getElementById("report-work") != null) ? home.getElementById("report-work").text() : "";
	}

	private String version(String table, String where) {
		return String.valueOf(this.jdbc.sql("SELECT version FROM " + table + " WHERE period = :p " + where)
			.param("p", PERIOD)
			.query(Long.class)
			.single());
	}

	private void on(int day, int hour) {
		this.clock.moveTo(LocalDate.of(2027, 4, day).atTime(LocalTime.of(hour, 0)).atZone(VN).toInstant());
	}

}
