package vn.dondoc.api;

import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import vn.dondoc.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * What a probe of the API found, each now answered as RFC 9457 problem details in UTF-8:
 * anonymous calls counted but not audited, a rate limit with Retry-After, bodies over the
 * limit refused before they are read, unknown paths 404 and wrong methods 405.
 */
@IntegrationTest
class ApiHardeningIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokenManagement tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	vn.dondoc.account.UserManagement users;

	@Autowired
	vn.dondoc.organisation.UnitManagement units;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate tx;

	MockHttpServletResponse call(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse();
	}

	long audited() {
		return this.jdbc.sql("SELECT count(*) FROM audit_event WHERE action = 'API_CALL'").query(Long.class).single();
	}

	static MockHttpServletRequestBuilder from(MockHttpServletRequestBuilder request, String address) {
		return request.with((r) -> {
			r.setRemoteAddr(address);
			return r;
		});
	}

	@Test
	void anonymousRefusalsAreProblemDetailsInUtf8AndLeaveNoAuditRow() throws Exception {
		long before = audited();
		MockHttpServletResponse refused = call(from(get("/api/v1/tasks/1"), "10.0.0.31"));
		assertThat(refused.getStatus()).isEqualTo(401);
		assertThat(refused.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
		assertThat(refused.getHeader("WWW-Authenticate")).isEqualTo("Bearer");
		assertThat(audited()).as("a flood of anonymous calls cannot fill the audit trail").isEqualTo(before);
		String metrics = call(get("/actuator/prometheus").header("Authorization", "Bearer scrape-test-token"))
			.getContentAsString();
		assertThat(metrics).contains("dondoc_api_refused_total");
	}

	@Test
	void aTokenWorksNoLongerThanItsMakerIsAnActiveAdministrator() throws Exception {
		String name = "qt" + java.util.UUID.randomUUID().toString().substring(0, 8);
		long unit = this.units.activeTree().get(1).id();
		vn.dondoc.account.User maker = this.tx.execute((status) -> this.users.create(name, "Quản trị tạm", null, null,
				unit, java.util.EnumSet.of(vn.dondoc.account.Role.ADMIN), "tam-thoi-123"));
		String token = this.tokens.create("Thử người tạo", Set.of(ApiScope.TASKS_READ), name);
		String since = "/api/v1/tasks/changes?since=2026-11-01T00:00:00Z";
		assertThat(call(get(since).header("Authorization", "Bearer " + token)).getStatus()).isEqualTo(200);
		this.tx.executeWithoutResult(
				(status) -> this.users.deactivate(maker.getId(), this.users.get(maker.getId()).getVersion(), 0L));
		assertThat(call(get(since).header("Authorization", "Bearer " + token)).getStatus())
			.as("the maker was deactivated")
			.isEqualTo(401);
	}

	@Test
	void daysOutsideTheFormsYearsAre400NotA500() throws Exception {
		String token = this.tokens.create("Thử ngày", Set.of(ApiScope.values()), "admin");
		MockHttpServletResponse far = call(get("/api/v1/tasks/changes").param("since", "-999999999-01-01T00:00:00Z")
			.header("Authorization", "Bearer " + token));
		assertThat(far.getStatus()).isEqualTo(400);
		assertThat(far.getContentType()).startsWith("application/problem+json");
		long before = this.jdbc.sql("SELECT count(*) FROM directive").query(Long.class).single();
		MockHttpServletResponse ancient = call(post("/api/v1/directives").header("Authorization", "Bearer " + token)
			.contentType("application/json")
			.content("""
					{"kind": "CONG_VAN", "numberSymbol": "1/UBND-CN", "summary": "Thử ngày", "issuer": "UBND_TINH",
					 "issueDate": "2026-11-02", "receivedDate": "0000-01-01",
					 "tasks": [{"content": "Việc", "leadUnit": "CNTT", "deadline": "2026-12-01"}]}
					"""));
		assertThat(ancient.getStatus()).isEqualTo(400);
		assertThat(ancient.getContentAsString()).contains("receivedDate", "1900");
		assertThat(this.jdbc.sql("SELECT count(*) FROM directive").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void unknownPathsAre404AndWrongMethods405() throws Exception {
		String token = this.tokens.create("Thử đường dẫn", Set.of(ApiScope.values()), "admin");
		MockHttpServletResponse missing = call(get("/api/v1/khong-co").header("Authorization", "Bearer " + token));
		assertThat(missing.getStatus()).isEqualTo(404);
		assertThat(missing.getContentType()).startsWith("application/problem+json");
		MockHttpServletResponse method = call(delete("/api/v1/tasks/1").header("Authorization", "Bearer " + token));
		assertThat(method.getStatus()).isEqualTo(405);
		assertThat(method.getHeader("Allow")).contains("GET");
		assertThat(method.getContentAsString()).contains("\"status\":405");
	}

	@Test
	void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
		String token = this.tokens.create("Thử thân lớn", Set.of(ApiScope.DIRECTIVES_WRITE), "admin");
		byte[] body = new byte[2 * 1024 * 1024];
		java.util.Arrays.fill(body, (byte) ' ');
		MockHttpServletResponse tooLarge = call(post("/api/v1/directives").header("Authorization", "Bearer " + token)
			.contentType("application/json")
			.content(body));
		assertThat(tooLarge.getStatus()).isEqualTo(413);
		assertThat(tooLarge.getContentType()).startsWith("application/problem+json");
		assertThat(tooLarge.getContentAsString()).contains("dondoc.api.max-body");
	}

	@Test
	void oneAddressGoingOverTheRateIsToldWhenToComeBack() throws Exception {
		int status = 0;
		MockHttpServletResponse last = null;
		for (int i = 0; i < 700 && status != 429; i++) {
			last = call(from(get("/api/v1/tasks/1"), "10.0.0.77"));
			status = last.getStatus();
		}
		assertThat(status).isEqualTo(429);
		assertThat(Long.parseLong(last.getHeader("Retry-After"))).isBetween(1L, 60L);
		assertThat(last.getContentType()).isEqualTo("application/problem+json;charset=UTF-8");
		// Another address is not held back.
		assertThat(call(from(get("/api/v1/tasks/1"), "10.0.0.78")).getStatus()).isEqualTo(401);
	}

}
