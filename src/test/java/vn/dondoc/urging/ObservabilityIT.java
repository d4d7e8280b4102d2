package vn.dondoc.urging;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * The metrics operations scrape (ADMIN or the scrape token only), the application's own
 * meters in them, and the request id on every answer.
 */
@IntegrationTest
class ObservabilityIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	DeadlineDigest digest;

	String scrape() throws Exception {
		MvcResult result = this.mvc
			.perform(get("/actuator/prometheus").header("Authorization", "Bearer scrape-test-token"))
			.andReturn();
		assertThat(result.getResponse().getStatus()).isEqualTo(200);
		return result.getResponse().getContentAsString();
	}

	static double value(String metrics, String name) {
		Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "(?:\\{[^}]*})? ([0-9.E+-]+)$").matcher(metrics);
		return m.find() ? Double.parseDouble(m.group(1)) : -1;
	}

	@Test
	void operationsScrapeTheApplicationsMetersWithTheTokenOrAsAdmin() throws Exception {
		double failedBefore = value(scrape(), "dondoc_logins_failed_total");
		this.mvc.perform(formLogin().user("giamdoc").password("sai-mat-khau"));
		this.digest.scheduled();
		String metrics = scrape();
		assertThat(value(metrics, "dondoc_logins_failed_total")).isEqualTo(failedBefore + 1);
		assertThat(metrics).contains("dondoc_mail_sent_total", "dondoc_mail_failed_total",
				"dondoc_mail_outbox{status=\"pending\"}", "dondoc_job_duration_seconds_count{job=\"deadline-digest\"}",
				"http_server_requests_seconds_count");

		DemoUsers demo = new DemoUsers(this.users);
		assertThat(this.mvc.perform(get("/actuator/prometheus").with(demo.as("admin")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(200);
		assertThat(this.mvc.perform(get("/actuator/prometheus").with(demo.as("giamdoc")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(get("/actuator/prometheus").header("Authorization", "Bearer wrong"))
			.andReturn()
			.getResponse()
			.getStatus()).isIn(302, 401);
	}

	@Test
	void staticFilesMakeNoSession() throws Exception {
		MvcResult css = this.mvc.perform(get("/css/app.css")).andReturn();
		assertThat(css.getResponse().getStatus()).isEqualTo(200);
		assertThat(css.getResponse().getHeader("Set-Cookie")).isNull();
		assertThat(css.getRequest().getSession(false)).isNull();
	}

	@Test
	void everyAnswerCarriesItsRequestId() throws Exception {
		String id = this.mvc.perform(get("/login")).andReturn().getResponse().getHeader("X-Request-Id");
		assertThat(id).matches("[0-9a-f]{16}");
		assertThat(this.mvc.perform(get("/login").header("X-Request-Id", "proxy-42"))
			.andReturn()
			.getResponse()
			.getHeader("X-Request-Id")).isEqualTo("proxy-42");
		assertThat(this.mvc.perform(get("/login").header("X-Request-Id", "<script>"))
			.andReturn()
			.getResponse()
			.getHeader("X-Request-Id")).matches("[0-9a-f]{16}");
	}

}
