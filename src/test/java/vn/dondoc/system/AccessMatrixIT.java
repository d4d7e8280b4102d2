package vn.dondoc.system;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.account.Role;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Walks every route of the application with every role and without a login, and checks
 * the answer against SPEC §1. A route that the application serves but this matrix does
 * not list fails the test, so every new endpoint must come with its access rule.
 */
@IntegrationTest
class AccessMatrixIT {

	/**
	 * Everyone who signs in, one demo account per role; null is the anonymous visitor.
	 */
	private static final List<String> PEOPLE = java.util.Arrays.asList(null, "admin", "giamdoc", "vanphong", "khtc",
			"tp.cntt", "cv.cntt");

	private static final String ADMIN_ONLY = "admin";

	private static final String SIGNED_IN = "signed-in";

	private static final String PUBLIC = "public";

	/**
	 * API routes: a bearer token, never a session; the API's own test covers the scopes.
	 */
	private static final String TOKEN = "token";

	/** The roles each demo person of {@link #PEOPLE} holds. */
	private static final Map<String, Set<Role>> ROLES = Map.of("admin", Set.of(Role.ADMIN), "giamdoc",
			Set.of(Role.LEADER), "vanphong", Set.of(Role.OFFICE, Role.STAFF), "khtc", Set.of(Role.PLANNING, Role.STAFF),
			"tp.cntt", Set.of(Role.UNIT_HEAD), "cv.cntt", Set.of(Role.STAFF));

	/** A rule naming the roles that may use a route: "roles:OFFICE,LEADER". */
	private static String roles(Role... roles) {
		return "roles:" + String.join(",", java.util.Arrays.stream(roles).map(Role::name).toList());
	}

	private static boolean holdsOneOf(String person, String rule) {
		return person != null && java.util.Arrays.stream(rule.substring("roles:".length()).split(","))
			.anyMatch((role) -> ROLES.get(person).contains(Role.valueOf(role)));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService userDetails;

	@Autowired
	UnitManagement units;

	@Autowired
	ApplicationContext context;

	DemoUsers demo;

	long unitId;

	@BeforeEach
	void setUp() {
		this.demo = new DemoUsers(this.userDetails);
		this.unitId = this.units.tree().get(0).id();
	}

	/** Each route (method and pattern as mapped) with who may use it. */
	private Map<String, String> matrix() {
		Map<String, String> m = new LinkedHashMap<>();
		m.put("GET /", SIGNED_IN);
		m.put("GET /login", PUBLIC);
		m.put("GET /profile", SIGNED_IN);
		m.put("GET /profile/password", SIGNED_IN);
		m.put("POST /profile/password", SIGNED_IN);
		m.put("GET /admin/units", ADMIN_ONLY);
		m.put("GET /admin/units/new", ADMIN_ONLY);
		m.put("POST /admin/units", ADMIN_ONLY);
		m.put("GET /admin/units/{id}", ADMIN_ONLY);
		m.put("POST /admin/units/{id}", ADMIN_ONLY);
		m.put("POST /admin/units/{id}/deactivate", ADMIN_ONLY);
		m.put("POST /admin/units/{id}/activate", ADMIN_ONLY);
		m.put("POST /admin/units/{id}/delete", ADMIN_ONLY);
		m.put("GET /admin/users", ADMIN_ONLY);
		m.put("GET /admin/users/new", ADMIN_ONLY);
		m.put("POST /admin/users", ADMIN_ONLY);
		m.put("GET /admin/users/{id}", ADMIN_ONLY);
		m.put("POST /admin/users/{id}", ADMIN_ONLY);
		m.put("POST /admin/users/{id}/reset-password", ADMIN_ONLY);
		m.put("POST /admin/users/{id}/unlock", ADMIN_ONLY);
		m.put("POST /admin/users/{id}/deactivate", ADMIN_ONLY);
		m.put("POST /admin/users/{id}/activate", ADMIN_ONLY);
		m.put("GET /admin/audit", ADMIN_ONLY);
		m.put("GET /admin/holidays", ADMIN_ONLY);
		m.put("GET /admin/mail", ADMIN_ONLY);
		m.put("GET /admin/mail/{id}", ADMIN_ONLY);
		m.put("POST /admin/mail/{id}/resend", ADMIN_ONLY);
		m.put("POST /admin/mail/send-now", ADMIN_ONLY);
		m.put("POST /admin/mail/run-digest", ADMIN_ONLY);
		m.put("POST /admin/mail/run-cycle", ADMIN_ONLY);
		m.put("POST /admin/holidays", ADMIN_ONLY);
		m.put("POST /admin/holidays/{day}/delete", ADMIN_ONLY);
		m.put("GET /dashboard", roles(Role.LEADER, Role.OFFICE, Role.PLANNING, Role.UNIT_HEAD));
		m.put("GET /ranking", SIGNED_IN);
		m.put("POST /ranking/confirm", roles(Role.LEADER));
		m.put("GET /ranking/year", SIGNED_IN);
		m.put("GET /ranking.xlsx", SIGNED_IN);
		m.put("GET /ranking/year.xlsx", SIGNED_IN);
		m.put("GET /calendar", SIGNED_IN);
		m.put("POST /calendar/renew", SIGNED_IN);
		m.put("POST /calendar/revoke", SIGNED_IN);
		m.put("GET /calendar/{token}.ics", PUBLIC);
		m.put("GET /admin/api-tokens", ADMIN_ONLY);
		m.put("POST /admin/api-tokens", ADMIN_ONLY);
		m.put("POST /admin/api-tokens/{id}/revoke", ADMIN_ONLY);
		m.put("POST /api/v1/directives", TOKEN);
		m.put("GET /api/v1/directives/{id}", TOKEN);
		m.put("GET /api/v1/tasks/{id}", TOKEN);
		m.put("GET /api/v1/tasks/changes", TOKEN);
		m.put("POST /api/v1/edxml", TOKEN);
		m.put("POST /api/v1/documents/read", TOKEN);
		m.put("GET /api/v1/edxml/{id}", TOKEN);
		m.put("GET /api/v1/edxml/status", TOKEN);
		m.put("GET /api/v1/edxml/status/{id}", TOKEN);
		m.put("GET /v3/api-docs", PUBLIC);
		m.put("GET /v3/api-docs.yaml", PUBLIC);
		m.put("GET /import", roles(Role.OFFICE));
		m.put("POST /import", roles(Role.OFFICE));
		m.put("GET /import/template.xlsx", roles(Role.OFFICE));
		m.put("GET /import/template.csv", roles(Role.OFFICE));
		m.put("GET /import/{id}", roles(Role.OFFICE));
		m.put("POST /import/{id}", roles(Role.OFFICE));
		m.put("GET /reports/units", roles(Role.LEADER, Role.OFFICE, Role.PLANNING));
		m.put("GET /reports/mine", roles(Role.UNIT_HEAD));
		m.put("GET /reports", SIGNED_IN);
		m.put("GET /reports/units/{unitId}/{period}", SIGNED_IN);
		m.put("GET /reports/units/{unitId}/{period}/pdf", SIGNED_IN);
		m.put("GET /reports/units/{unitId}/{period}/docx", SIGNED_IN);
		m.put("POST /reports/units/{unitId}/{period}", SIGNED_IN);
		m.put("POST /reports/units/{unitId}/{period}/return", roles(Role.OFFICE, Role.PLANNING));
		m.put("POST /reports/units/{unitId}/{period}/urges", roles(Role.LEADER, Role.OFFICE, Role.PLANNING));
		m.put("GET /reports/periods", roles(Role.LEADER, Role.OFFICE, Role.PLANNING));
		m.put("GET /reports/confidential", roles(Role.LEADER, Role.OFFICE, Role.ADMIN, Role.UNIT_HEAD));
		m.put("POST /reports/periods", roles(Role.LEADER, Role.OFFICE, Role.PLANNING));
		m.put("POST /reports/periods/{id}/due", roles(Role.OFFICE, Role.PLANNING));
		m.put("GET /reports/department", roles(Role.LEADER, Role.OFFICE, Role.PLANNING));
		m.put("POST /reports/department/{period}/draft", roles(Role.OFFICE, Role.PLANNING));
		m.put("POST /reports/department/{period}/refresh", roles(Role.OFFICE, Role.PLANNING));
		m.put("POST /reports/department/{period}", roles(Role.OFFICE, Role.PLANNING));
		m.put("POST /reports/department/{period}/decide", roles(Role.LEADER));
		m.put("POST /reports/department/{period}/issue", roles(Role.OFFICE, Role.PLANNING));
		m.put("POST /reports/department/{period}/sent", roles(Role.OFFICE, Role.PLANNING));
		m.put("GET /reports/department/{period}/docx", roles(Role.LEADER, Role.OFFICE, Role.PLANNING));
		m.put("GET /reports/department/{period}/pdf", roles(Role.LEADER, Role.OFFICE, Role.PLANNING));
		m.put("GET /reports/department/{period}/tasks.xlsx", roles(Role.LEADER, Role.OFFICE, Role.PLANNING));
		m.put("GET /reports/overdue", roles(Role.LEADER, Role.OFFICE, Role.PLANNING));
		m.put("GET /reports/overdue.xlsx", roles(Role.LEADER, Role.OFFICE, Role.PLANNING));
		m.put("GET /registers/incoming", roles(Role.LEADER, Role.OFFICE, Role.PLANNING));
		m.put("GET /registers/incoming.docx", roles(Role.LEADER, Role.OFFICE, Role.PLANNING));
		m.put("GET /registers/incoming.pdf", roles(Role.LEADER, Role.OFFICE, Role.PLANNING));
		m.put("GET /directives/{id}/slip", SIGNED_IN);
		m.put("GET /directives/{id}/slip.docx", SIGNED_IN);
		m.put("GET /directives/{id}/slip.pdf", SIGNED_IN);
		m.put("GET /public/reports", PUBLIC);
		m.put("GET /public/reports/{id}", PUBLIC);
		m.put("GET /public/reports/{id}/docx", PUBLIC);
		m.put("GET /public/reports/{id}/pdf", PUBLIC);
		m.put("GET /suggestions", SIGNED_IN);
		m.put("POST /suggestions", SIGNED_IN);
		m.put("POST /suggestions/{id}/answer", roles(Role.OFFICE));
		m.put("GET /notifications", SIGNED_IN);
		m.put("GET /notifications/count", SIGNED_IN);
		m.put("POST /notifications/{id}/read", SIGNED_IN);
		m.put("POST /notifications/read-all", SIGNED_IN);
		m.put("GET /notifications/settings", SIGNED_IN);
		m.put("POST /notifications/settings", SIGNED_IN);
		m.put("GET /directives", SIGNED_IN);
		m.put("GET /directives/new", roles(Role.OFFICE));
		m.put("POST /directives/read", roles(Role.OFFICE));
		m.put("GET /directives/incoming", roles(Role.OFFICE));
		m.put("POST /directives/incoming", roles(Role.OFFICE));
		m.put("GET /directives/incoming/{id}", roles(Role.OFFICE));
		m.put("POST /directives/incoming/{id}/refuse", roles(Role.OFFICE));
		m.put("POST /directives/incoming/{id}/version", roles(Role.OFFICE));
		m.put("POST /directives/incoming/{id}/secret", roles(Role.OFFICE));
		m.put("GET /directives/incoming/{id}/files/{fileId}", roles(Role.OFFICE));
		m.put("GET /directives/incoming/{id}/package.xml", roles(Role.OFFICE));
		m.put("GET /directives/incoming/reply", roles(Role.OFFICE));
		m.put("GET /directives/incoming/{id}/status/{statusId}.xml", roles(Role.OFFICE));
		m.put("POST /directives", roles(Role.OFFICE));
		m.put("GET /directives/confidential/new", roles(Role.OFFICE));
		m.put("POST /directives/confidential", roles(Role.OFFICE));
		m.put("GET /directives/{id}", SIGNED_IN);
		m.put("POST /directives/{id}/instruction", roles(Role.LEADER));
		m.put("POST /directives/{id}/return", roles(Role.OFFICE));
		m.put("POST /directives/{id}/forward", roles(Role.OFFICE));
		m.put("POST /directives/{id}/confidential-reports/{reportId}", roles(Role.OFFICE, Role.UNIT_HEAD));
		m.put("GET /attachments/{id}", SIGNED_IN);
		m.put("GET /tasks", SIGNED_IN);
		m.put("GET /tasks/{id}", SIGNED_IN);
		m.put("GET /tasks/{id}/edit", roles(Role.OFFICE));
		m.put("POST /tasks/{id}/edit", roles(Role.OFFICE));
		m.put("POST /tasks/{id}/forward", roles(Role.OFFICE));
		m.put("POST /tasks/{id}/accept", roles(Role.UNIT_HEAD));
		m.put("POST /tasks/{id}/assign", roles(Role.UNIT_HEAD));
		m.put("POST /tasks/{id}/parts", roles(Role.UNIT_HEAD, Role.OFFICE));
		m.put("POST /tasks/{id}/parts/{partId}/remove", roles(Role.UNIT_HEAD, Role.OFFICE));
		m.put("POST /tasks/{id}/parts/{partId}/forward", roles(Role.UNIT_HEAD));
		m.put("POST /tasks/{id}/parts/{partId}/update", roles(Role.UNIT_HEAD, Role.STAFF));
		m.put("POST /tasks/{id}/progress", roles(Role.UNIT_HEAD, Role.STAFF));
		m.put("POST /tasks/{id}/complete", roles(Role.UNIT_HEAD, Role.STAFF));
		m.put("POST /tasks/{id}/occurrences/{occurrenceId}/complete", roles(Role.UNIT_HEAD, Role.STAFF));
		m.put("POST /tasks/{id}/return-request", roles(Role.UNIT_HEAD));
		m.put("POST /tasks/{id}/return-refusal", roles(Role.LEADER));
		m.put("POST /tasks/{id}/reassign", roles(Role.LEADER));
		m.put("POST /tasks/{id}/extension", roles(Role.UNIT_HEAD));
		m.put("POST /tasks/{id}/extension/decision", roles(Role.LEADER));
		m.put("POST /tasks/{id}/notice", roles(Role.UNIT_HEAD, Role.STAFF));
		m.put("POST /tasks/{id}/urges", roles(Role.OFFICE, Role.LEADER, Role.PLANNING));
		return m;
	}

	@Test
	void everyMappedRouteHasAnAccessRule() {
		Set<String> mapped = new TreeSet<>();
		this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()
			.forEach((mapping) -> mapping.getHandlerMethods().keySet().forEach((info) -> mapped.addAll(routes(info))));
		// Boot's own error controller is reached only by forwarding; actuator has its own
		// mapping.
		mapped.removeIf((route) -> route.endsWith(" /error"));
		assertThat(matrix().keySet()).containsExactlyInAnyOrderElementsOf(mapped);
	}

	@Test
	void everyRoleGetsExactlyTheAccessOfSpecSection1() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<String, String> route : matrix().entrySet()) {
			for (String person : PEOPLE) {
				int status = call(route.getKey(), person).getResponse().getStatus();
				String rule = route.getValue();
				boolean allowed = rule.equals(PUBLIC) || (person != null && rule.equals(SIGNED_IN))
						|| ("admin".equals(person) && rule.equals(ADMIN_ONLY))
						|| (rule.startsWith("roles:") && holdsOneOf(person, rule));
				boolean ok;
				if (rule.equals(TOKEN)) {
					// A signed-in person is no API client: no token, no scope.
					ok = status == 401 || (person != null && status == 403);
				}
				else if (allowed) {
					ok = status != 403 && status != 401 && status < 500 && !isLoginRedirect(route.getKey(), person);
				}
				else if (person == null) {
					ok = isLoginRedirect(route.getKey(), null);
				}
				else {
					ok = status == 403;
				}
				if (!ok) {
					wrong.add(route.getKey() + " as " + person + " -> " + status);
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void actuatorHealthIsPublicAndTheRestIsForAdmin() throws Exception {
		assertThat(this.mvc.perform(get("/actuator/health")).andReturn().getResponse().getStatus()).isEqualTo(200);
		for (String path : List.of("/actuator/info", "/actuator/metrics")) {
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).isEqualTo(302);
			assertThat(this.mvc.perform(get(path).with(this.demo.as("giamdoc"))).andReturn().getResponse().getStatus())
				.isEqualTo(403);
			assertThat(this.mvc.perform(get(path).with(this.demo.as("admin"))).andReturn().getResponse().getStatus())
				.isEqualTo(200);
		}
	}

	@Test
	void errorPagesSpeakTheUsersLanguageAndShowNoExceptionText() throws Exception {
		MvcResult forbidden = this.mvc.perform(get("/admin/users").with(this.demo.as("cv.cntt"))).andReturn();
		assertThat(forbidden.getResponse().getStatus()).isEqualTo(403);
		MvcResult notFound = this.mvc.perform(get("/admin/units/999999").with(this.demo.as("admin"))).andReturn();
		assertThat(notFound.getResponse().getStatus()).isEqualTo(404);
		MvcResult badId = this.mvc.perform(get("/admin/users/khong-phai-so").with(this.demo.as("admin"))).andReturn();
		assertThat(badId.getResponse().getStatus()).isEqualTo(400);
		// MockMvc does not forward to /error; render the error pages the way the
		// container does.
		for (int status : new int[] { 403, 404, 400 }) {
			String page = this.mvc
				.perform(get("/error").accept(MediaType.TEXT_HTML)
					.with(this.demo.as("admin"))
					.requestAttr("jakarta.servlet.error.status_code", status)
					.requestAttr("jakarta.servlet.error.exception", new IllegalStateException("bí mật nội bộ")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).doesNotContain("bí mật nội bộ").doesNotContain("Exception").doesNotContain("??");
			assertThat(page).contains(switch (status) {
				case 403 -> "Không có quyền truy cập";
				case 404 -> "Không tìm thấy";
				default -> "Yêu cầu không hợp lệ";
			});
		}
		String english = this.mvc
			.perform(get("/error").accept(MediaType.TEXT_HTML)
				.param("lang", "en")
				.with(this.demo.as("admin"))
				.requestAttr("jakarta.servlet.error.status_code", 404))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(english).contains("Not found").doesNotContain("??");
	}

	@Test
	void staticAssetsAreServedWithoutLogin() throws Exception {
		for (String path : List.of("/webjars/bootstrap/css/bootstrap.min.css", "/webjars/htmx.org/dist/htmx.min.js",
				"/css/app.css", "/js/app.js")) {
			assertThat(this.mvc.perform(get(path)).andReturn().getResponse().getStatus()).as(path).isEqualTo(200);
		}
	}

	private boolean isLoginRedirect(String route, String person) throws Exception {
		MvcResult result = call(route, person);
		String location = result.getResponse().getRedirectedUrl();
		return result.getResponse().getStatus() == 302 && location != null && location.endsWith("/login");
	}

	private MvcResult call(String route, String person) throws Exception {
		String[] parts = route.split(" ", 2);
		// Harmless targets: the unit and user ids point at nothing changeable in a way
		// that matters
		// to other tests, and POSTs carry no valid form, so they fail validation rather
		// than change data.
		String path = parts[1].replaceAll("\\{[a-zA-Z]+}", "999999");
		MockHttpServletRequestBuilder request = parts[0].equals("GET") ? get(path) : post(path).with(csrf());
		if (person != null) {
			request = request.with(this.demo.as(person));
		}
		return this.mvc.perform(request).andReturn();
	}

	private static List<String> routes(RequestMappingInfo info) {
		Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
		List<String> routes = new ArrayList<>();
		for (String pattern : info.getPatternValues()) {
			for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
				routes.add(method + " " + pattern);
			}
		}
		return routes;
	}

}
