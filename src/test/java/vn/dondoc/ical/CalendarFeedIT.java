package vn.dondoc.ical;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.directive.Fixtures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The calendar feed read back by ical4j: the person's and the unit's open deadlines,
 * valid folded lines, no login needed, and a renewed or revoked link refused.
 */
@IntegrationTest
class CalendarFeedIT {

	@Autowired
	java.time.Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.dondoc.account.UserManagement management;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate tx;

	String renew(DemoUsers demo, String person) throws Exception {
		MvcResult result = this.mvc.perform(post("/calendar/renew").with(demo.as(person)).with(csrf())).andReturn();
		String url = (String) result.getFlashMap().get("feedUrl");
		assertThat(url).matches("http://localhost:8080/calendar/[A-Za-z0-9_-]{43}\\.ics");
		return url.substring("http://localhost:8080".length());
	}

	@Test
	void theFeedHoldsTheOpenDeadlinesAndOnlyTheLiveLinkWorks() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		String feed = renew(demo, "tp.cntt");
		MvcResult result = this.mvc.perform(get(feed)).andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		assertThat(result.getResponse().getContentType()).startsWith("text/calendar");
		String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
		for (String line : body.split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
		}
		Calendar calendar = new CalendarBuilder().build(new StringReader(body));
		List<VEvent> events = calendar.getComponents("VEVENT");
		long unit = Fixtures.unit(this.units(), "CNTT");
		List<Long> expected = this.jdbc.sql("""
				SELECT id FROM task WHERE status IN ('NOT_STARTED', 'IN_PROGRESS') AND lead_unit_id = :unit
				AND deadline BETWEEN :from AND :to
				""")
			.param("unit", unit)
			.param("from", java.sql.Date.valueOf(java.time.LocalDate.now(this.clock).minusDays(90)))
			.param("to", java.sql.Date.valueOf(java.time.LocalDate.now(this.clock).plusDays(365)))
			.query(Long.class)
			.list();
		assertThat(expected).isNotEmpty();
		List<String> uids = events.stream().map((event) -> event.getUid().orElseThrow().getValue()).toList();
		for (long id : expected) {
			assertThat(uids).contains("task-" + id + "@dondoc");
		}
		VEvent first = events.stream()
			.filter((event) -> event.getUid().orElseThrow().getValue().equals("task-" + expected.get(0) + "@dondoc"))
			.findFirst()
			.orElseThrow();
		String content = this.jdbc.sql("SELECT left(content, 200) FROM task WHERE id = :id")
			.param("id", expected.get(0))
			.query(String.class)
			.single();
		assertThat(first.getSummary().getValue()).isEqualTo("Hạn: " + content);
		LocalDate deadline = this.jdbc.sql("SELECT deadline FROM task WHERE id = :id")
			.param("id", expected.get(0))
			.query(LocalDate.class)
			.single();
		assertThat(first.getDateTimeStart().getValue()).isEqualTo(deadline.toString().replace("-", ""));
		// Nothing of a confidential placeholder: no register code appears.
		for (String code : this.jdbc.sql("SELECT register_code FROM directive WHERE confidentiality <> 'NORMAL'")
			.query(String.class)
			.list()) {
			assertThat(body).doesNotContain(code);
		}

		String renewed = renew(demo, "tp.cntt");
		assertThat(this.mvc.perform(get(feed)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get(renewed)).andReturn().getResponse().getStatus()).isEqualTo(200);
		this.mvc.perform(post("/calendar/revoke").with(demo.as("tp.cntt")).with(csrf()));
		assertThat(this.mvc.perform(get(renewed)).andReturn().getResponse().getStatus()).isEqualTo(404);
		assertThat(this.mvc.perform(get("/calendar/not-a-token.ics")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
	}

	@Test
	void aPasswordResetOrAMoveToAnotherUnitEndsTheFeed() throws Exception {
		String name = "lich" + java.util.UUID.randomUUID().toString().substring(0, 8);
		long cntt = Fixtures.unit(this.units(), "CNTT");
		long bcvt = Fixtures.unit(this.units(), "BCVT");
		vn.dondoc.account.User person = this.tx.execute((status) -> this.management.create(name, "Người Thử Lịch", null,
				null, cntt, java.util.EnumSet.of(vn.dondoc.account.Role.STAFF), "tam-thoi-123"));
		this.tx.executeWithoutResult((status) -> this.management.changeOwnPassword(person.getId(), "tam-thoi-123",
				"rieng-cua-toi-42", null, null));
		DemoUsers demo = new DemoUsers(this.users);
		String feed = renew(demo, name);
		assertThat(this.mvc.perform(get(feed)).andReturn().getResponse().getStatus()).isEqualTo(200);
		this.tx.executeWithoutResult((status) -> this.management.resetPassword(person.getId(), "tam-thoi-456"));
		assertThat(this.mvc.perform(get(feed)).andReturn().getResponse().getStatus()).as("after a reset")
			.isEqualTo(404);

		this.tx.executeWithoutResult((status) -> this.management.changeOwnPassword(person.getId(), "tam-thoi-456",
				"rieng-cua-toi-42", null, null));
		String again = renew(demo, name);
		assertThat(this.mvc.perform(get(again)).andReturn().getResponse().getStatus()).isEqualTo(200);
		vn.dondoc.account.User now = this.management.get(person.getId());
		this.tx.executeWithoutResult((status) -> this.management.update(now.getId(), now.getVersion(),
				now.getFullName(), null, null, bcvt, java.util.EnumSet.of(vn.dondoc.account.Role.STAFF)));
		assertThat(this.mvc.perform(get(again)).andReturn().getResponse().getStatus())
			.as("after a move to another unit")
			.isEqualTo(404);
	}

	@Test
	void longVietnameseTextIsFoldedWithoutBreakingALetter() {
		StringBuilder out = new StringBuilder();
		String text = "Hạn: Triển khai đồng bộ nền tảng chuyển đổi số cấp tỉnh, cấp huyện; báo cáo kết quả";
		ICalendarWriter.line(out, "SUMMARY:" + ICalendarWriter.escape(text));
		for (String line : out.toString().split("\r\n")) {
			assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
		}
		String unfolded = out.toString().replace("\r\n ", "").strip();
		assertThat(unfolded).isEqualTo("SUMMARY:" + text.replace(",", "\\,").replace(";", "\\;"));
	}

	@Autowired
	vn.dondoc.organisation.UnitManagement unitManagement;

	vn.dondoc.organisation.UnitManagement units() {
		return this.unitManagement;
	}

}
