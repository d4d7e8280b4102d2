package vn.dondoc.directive;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * A day typed in a form is read the ways people type it and kept strictly: 1.11.2026 is
 * saved as 01/11/2026; 31/02/2027 is told as a day the calendar does not have, once,
 * beside its field, with nothing saved.
 */
@IntegrationTest
class DayInputIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aDayIsReadAsTypedAndADayThatDoesNotExistIsSaidSo() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		long before = count();
		MvcResult refused = placeholder(demo, "31/02/2027");
		assertThat(refused.getResponse().getStatus()).isEqualTo(200);
		Document page = Jsoup.parse(refused.getResponse().getContentAsString());
		String said = page.select(".invalid-feedback, .text-danger").text();
		assertThat(said).contains("Ngày 31/02/2027 không có trong lịch").doesNotContain("ngày/tháng/năm");
		assertThat(said.split("không có trong lịch", -1)).hasSize(2);
		assertThat(count()).isEqualTo(before);

		MvcResult saved = placeholder(demo, "1.11.2026");
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		long id = Long.parseLong(saved.getResponse().getRedirectedUrl().replaceAll("\\D", ""));
		assertThat(this.jdbc.sql("SELECT CAST(received_date AS text) FROM directive WHERE id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("2026-11-01");
	}

	private MvcResult placeholder(DemoUsers demo, String received) throws Exception {
		return this.mvc
			.perform(post("/directives/confidential").param("level", "MAT")
				.param("receivedDate", received)
				.param("leadUnitId", String.valueOf(Fixtures.unit(this.units, "TTRA")))
				.with(demo.as("vanphong"))
				.with(csrf()))
			.andReturn();
	}

	private long count() {
		return this.jdbc.sql("SELECT count(*) FROM directive").query(Long.class).single();
	}

}
