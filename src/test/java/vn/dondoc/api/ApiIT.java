package vn.dondoc.api;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The document system's API end to end: tokens made by the administrator, scopes, a
 * revoked token, pushes with tasks, the duplicate push, problem details on bad input, the
 * confidential rule, the change feed, the audit trail and the OpenAPI description.
 */
@IntegrationTest
class ApiIT {

	@Autowired
	java.time.Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	String today() {
		return LocalDate.now(this.clock).toString();
	}

	String token(String name, String... scopes) throws Exception {
		return vn.dondoc.TestTokens.make(this.mvc, this.users, name, scopes);
	}

	MockHttpServletResponse call(MockHttpServletRequestBuilder request, String token) throws Exception {
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.mvc.perform(request).andReturn().getResponse();
	}

	MockHttpServletResponse push(String json, String token) throws Exception {
		return call(post("/api/v1/directives").contentType(MediaType.APPLICATION_JSON).content(json), token);
	}

	String directive(String number) {
		return """
				{"kind": "CONG_VAN", "numberSymbol": "%s", "summary": "Về việc triển khai chữ ký số",
				 "issueDate": "%s", "issuer": "UBND_TINH", "receivedDate": "%s", "signer": "Nguyễn Văn A",
				 "tasks": [
				   {"content": "Triển khai chữ ký số cho cán bộ", "deadline": "2027-03-31", "leadUnit": "CNTT",
				    "coordinating": [{"unit": "BCVT", "description": "Hạ tầng", "deadline": "2027-03-15"}]},
				   {"content": "Báo cáo kết quả", "leadUnit": "vp"}
				 ]}
				""".formatted(number, today(), today());
	}

	long count(String sql) {
		return this.jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void theDocumentSystemPushesReadsAndFollowsChanges() throws Exception {
		String writer = token("Hệ thống QLVB", "DIRECTIVES_WRITE", "DIRECTIVES_READ", "TASKS_READ");
		String reader = token("Chỉ đọc nhiệm vụ", "TASKS_READ");
		assertThat(writer).matches("dd_[A-Za-z0-9_-]{43}");
		Instant before = this.clock.instant().minusSeconds(1);

		MockHttpServletResponse created = push(directive("501/UBND-API"), writer);
		assertThat(created.getStatus()).as(created.getContentAsString()).isEqualTo(201);
		String location = created.getHeader("Location");
		assertThat(location).matches("/api/v1/directives/\\d+");
		MockHttpServletResponse read = call(get(location), writer);
		assertThat(read.getStatus()).isEqualTo(200);
		assertThat(read.getContentAsString()).contains("\"numberSymbol\":\"501/UBND-API\"", "\"leadUnit\":\"CNTT\"",
				"\"leadUnit\":\"VP\"", "\"status\":\"NOT_STARTED\"", "Triển khai chữ ký số cho cán bộ");

		// The same document again: 409 pointing at the first.
		MockHttpServletResponse again = push(directive("501/ubnd-api"), writer);
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(again.getHeader("Location")).isEqualTo(location);
		assertThat(again.getContentType()).isEqualTo("application/problem+json");
		assertThat(again.getContentAsString()).contains("đã được vào sổ", "\"existing\":\"" + location + "\"");

		// Tokens and scopes.
		assertThat(push(directive("502/UBND-API"), null).getStatus()).isEqualTo(401);
		assertThat(push(directive("502/UBND-API"), "dd_" + "x".repeat(43)).getStatus()).isEqualTo(401);
		MockHttpServletResponse forbidden = push(directive("502/UBND-API"), reader);
		assertThat(forbidden.getStatus()).isEqualTo(403);
		assertThat(forbidden.getContentType()).startsWith("application/problem+json");
		assertThat(call(get(location), reader).getStatus()).isEqualTo(403);

		// Bad input changes nothing and says why.
		long directives = count("SELECT count(*) FROM directive");
		MockHttpServletResponse broken = push("{\"kind\": ", writer);
		assertThat(broken.getStatus()).isEqualTo(400);
		assertThat(broken.getContentType()).isEqualTo("application/problem+json");
		assertThat(push(directive("503/UBND-API").replace("\"CONG_VAN\"", "\"NO_SUCH_KIND\""), writer).getStatus())
			.isEqualTo(400);
		MockHttpServletResponse unknownUnit = push(directive("504/UBND-API").replace("\"vp\"", "\"XYZ\""), writer);
		assertThat(unknownUnit.getStatus()).isEqualTo(400);
		assertThat(unknownUnit.getContentAsString()).contains("\"field\":\"tasks[1].leadUnit\"", "XYZ");
		MockHttpServletResponse missing = push(
				directive("505/UBND-API").replace("\"receivedDate\": \"" + today() + "\",", ""), writer);
		assertThat(missing.getStatus()).isEqualTo(400);
		assertThat(missing.getContentAsString()).contains("\"field\":\"receivedDate\"");
		MockHttpServletResponse secret = push("""
				{"confidentiality": "MAT", "summary": "Nội dung mật", "receivedDate": "%s", "leadUnit": "CNTT"}
				""".formatted(today()), writer);
		assertThat(secret.getStatus()).isEqualTo(400);
		assertThat(secret.getContentAsString()).contains("Văn bản mật");
		assertThat(count("SELECT count(*) FROM directive")).isEqualTo(directives);

		// A placeholder is accepted and never read back.
		MockHttpServletResponse placeholder = push("""
				{"confidentiality": "MAT", "receivedDate": "%s", "leadUnit": "CNTT", "reportDueDates": ["2027-03-31"]}
				""".formatted(today()), writer);
		assertThat(placeholder.getStatus()).isEqualTo(201);
		assertThat(call(get(placeholder.getHeader("Location")), writer).getStatus()).isEqualTo(404);

		// The change feed.
		MockHttpServletResponse changes = call(get("/api/v1/tasks/changes").param("since", before.toString()), reader);
		assertThat(changes.getStatus()).isEqualTo(200);
		assertThat(changes.getContentAsString()).contains("\"action\":\"TASK_REGISTERED\"", "\"next\":");
		assertThat(call(get("/api/v1/tasks/changes").param("since", "hôm qua"), reader).getStatus()).isEqualTo(400);
		assertThat(call(get("/api/v1/tasks/abc"), reader).getStatus()).isEqualTo(400);
		assertThat(call(get("/api/v1/tasks/999999999"), reader).getStatus()).isEqualTo(404);

		// A browser session is not a token.
		jakarta.servlet.http.Cookie session = this.mvc
			.perform(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin()
				.user("giamdoc")
				.password(DemoUsers.PASSWORD))
			.andReturn()
			.getResponse()
			.getCookie("SESSION");
		assertThat(session).isNotNull();
		assertThat(this.mvc.perform(get(location).cookie(session)).andReturn().getResponse().getStatus())
			.isEqualTo(401);

		// Revoked: refused at once.
		long id = this.jdbc.sql("SELECT id FROM api_token WHERE name = 'Chỉ đọc nhiệm vụ'").query(Long.class).single();
		this.mvc.perform(
				post("/admin/api-tokens/" + id + "/revoke").with(new DemoUsers(this.users).as("admin")).with(csrf()));
		assertThat(call(get("/api/v1/tasks/changes").param("since", before.toString()), reader).getStatus())
			.isEqualTo(401);

		// Every call is in the audit trail under the token's name.
		assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'API_CALL' AND actor = 'api:Hệ thống QLVB'"))
			.isGreaterThanOrEqualTo(10);
		assertThat(count(
				"SELECT count(*) FROM audit_event WHERE action = 'DIRECTIVE_REGISTERED' AND actor = 'api:Hệ thống QLVB'"))
			.isEqualTo(1);
		assertThat(this.mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString())
			.contains("/api/v1/directives", "/api/v1/tasks/changes");
	}

}
