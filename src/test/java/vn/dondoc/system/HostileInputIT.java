package vn.dondoc.system;

import java.beans.PropertyDescriptor;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.api.ApiScope;
import vn.dondoc.api.ApiTokenManagement;
import vn.dondoc.directive.DeadlineMeaning;
import vn.dondoc.directive.Directive;
import vn.dondoc.directive.DirectiveContent;
import vn.dondoc.directive.DirectiveKind;
import vn.dondoc.directive.DirectiveReading;
import vn.dondoc.directive.DirectiveRegistration;
import vn.dondoc.directive.Fixtures;
import vn.dondoc.directive.Issuer;
import vn.dondoc.directive.TaskCategory;
import vn.dondoc.directive.TaskDraft;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Hostile values — very long text, control characters, markup, SQL fragments, wrong
 * types, negative and huge ids, impossible dates — sent to every route's path variables,
 * request parameters and form fields (and the API's JSON bodies), by people allowed to
 * use it. Every answer is a page, a validation message or a 4xx, never a 5xx; a refused
 * request changes nothing; and text that does get stored comes back escaped.
 */
@IntegrationTest
class HostileInputIT {

	@Autowired
	java.time.Clock clock;

	static final List<String> VALUES = List.of("", " ", "x".repeat(100_000), "\u0000\u0007\u001b[31m",
			"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' OR 1=1 --", "1; DROP TABLE task;--",
			"-1", "0", "abc", "99999999999999999999", "31/02/2027", "2027-02-31", "01/01/+9999999", "31/12/2201",
			"../../etc/passwd", "%", "NaN", "😀 Đôn đốc", "Đo\u0302n đo\u0302\u0301c", "{\"$gt\":\"\"}");

	static final List<String> TABLES = List.of("directive", "task", "task_part", "task_update", "task_extension",
			"urge", "attachment", "app_user", "unit", "holiday", "ranking_month", "api_token", "calendar_feed",
			"confidential_report", "mail_opt_out");

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationContext context;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	ApiTokenManagement tokens;

	@Autowired
	DirectiveRegistration registration;

	@Autowired
	DirectiveReading reading;

	@Autowired
	UnitManagement units;

	/** Rows in every table a form could change, and the sum of their versions. */
	String fingerprint() {
		StringBuilder out = new StringBuilder();
		for (String table : TABLES) {
			out.append(table)
				.append('=')
				.append(this.jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single())
				.append(' ');
		}
		out.append(this.jdbc.sql("SELECT coalesce(sum(version), 0) FROM task").query(Long.class).single());
		out.append(' ')
			.append(this.jdbc.sql("SELECT coalesce(sum(version), 0) FROM directive").query(Long.class).single());
		out.append(' ')
			.append(this.jdbc.sql("SELECT coalesce(sum(version), 0) FROM app_user").query(Long.class).single());
		out.append(' ').append(this.jdbc.sql("SELECT coalesce(sum(version), 0) FROM unit").query(Long.class).single());
		return out.toString();
	}

	@Test
	void noHostileValueGetsA5xxOrChangesAnythingWhenRefused() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		String token = this.tokens.create("Thử dữ liệu độc hại", Set.of(ApiScope.values()), "admin");
		Map<String, Integer> outcomes = new TreeMap<>();
		List<String> failures = new ArrayList<>();
		int tried = 0;
		for (Map.Entry<RequestMappingInfo, HandlerMethod> route : routes()) {
			RequestMappingInfo info = route.getKey();
			HandlerMethod handler = route.getValue();
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			RequestMethod method = methods.isEmpty() ? RequestMethod.GET : methods.iterator().next();
			for (String pattern : info.getPatternValues()) {
				if (pattern.equals("/error") || pattern.startsWith("/v3/api-docs")) {
					continue;
				}
				for (String value : VALUES) {
					String person = pattern.startsWith("/admin") ? "admin"
							: pattern.startsWith("/ranking/confirm") ? "giamdoc" : "vanphong";
					String path = pattern.replaceAll("\\{[A-Za-z]+}", encode(value.length() > 200 ? "x" : value));
					if (path.contains("//") || path.endsWith("/")) {
						path = pattern.replaceAll("\\{[A-Za-z]+}", "-1");
					}
					MockHttpServletRequestBuilder request = (method == RequestMethod.GET) ? get(path)
							: post(path).with(csrf());
					boolean api = pattern.startsWith("/api/");
					if (api) {
						request.header("Authorization", "Bearer " + token);
						if (method == RequestMethod.POST) {
							request.contentType(MediaType.APPLICATION_JSON).content(json(value));
						}
					}
					else {
						request.with(demo.as(person));
					}
					for (String name : parameterNames(handler)) {
						request.param(name, value);
					}
					String before = (method == RequestMethod.GET) ? null : fingerprint();
					MockHttpServletResponse response;
					try {
						response = this.mvc.perform(request).andReturn().getResponse();
					}
					catch (Exception ex) {
						failures.add(method + " " + path + " [" + abbreviate(value) + "] -> " + ex);
						continue;
					}
					tried++;
					int status = response.getStatus();
					outcomes.merge(method + " " + (status / 100) + "xx", 1, Integer::sum);
					if (status >= 500) {
						failures.add(method + " " + path + " [" + abbreviate(value) + "] -> " + status);
					}
					if (before != null && status >= 400 && !before.equals(fingerprint())) {
						failures.add(method + " " + path + " [" + abbreviate(value) + "] -> " + status
								+ " but changed the database");
					}
				}
			}
		}
		System.out.println("Hostile inputs tried: " + tried + ", outcomes: " + outcomes);
		assertThat(failures).isEmpty();
		assertThat(tried).isGreaterThan(1500);
	}

	int status(org.springframework.test.web.servlet.RequestBuilder request) throws Exception {
		return this.mvc.perform(request).andReturn().getResponse().getStatus();
	}

	@Test
	void controlCharactersAreNeverStoredAndNeverAServerError() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		// Unauthenticated: the login form with a NUL in the name is an ordinary failure.
		assertThat(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/login")
				.param("username", "x\u0000y")
				.param("password", "x\u0000")
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/login?error");
		assertThat(status(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/audit")
			.param("actor", "a\u0000b")
			.with(demo.as("admin")))).isEqualTo(200);
		assertThat(status(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/admin/users")
			.param("q", "a\u0000b")
			.with(demo.as("admin")))).isEqualTo(200);
		// A unit named with control characters is stored without them.
		String code = "CTRL" + (System.nanoTime() % 100_000);
		this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/admin/units")
			.param("code", code)
			.param("name", "Phòng\u0001 Thử\u0000 Ký\u001b tự")
			.param("kind", "DIVISION")
			.param("parentId", String.valueOf(this.units.activeTree().get(0).id()))
			.with(demo.as("admin"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()));
		assertThat(this.jdbc.sql("SELECT name FROM unit WHERE code = :c").param("c", code).query(String.class).single())
			.isEqualTo("Phòng Thử Ký tự");
		// An import file whose name holds a NUL.
		assertThat(status(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart("/import")
			.file(new org.springframework.mock.web.MockMultipartFile("file", "a\u0000b.csv", "text/csv",
					"x;y\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
			.with(demo.as("vanphong"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())))
			.isLessThan(500);
	}

	@Test
	void listIndexesBeyondTheFormsLimitAreABadRequestThatChangesNothing() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		String before = fingerprint();
		var tooMany = this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/directives")
				.param("tasks[300].content", "x")
				.with(demo.as("vanphong"))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
					.csrf()))
			.andReturn()
			.getResponse();
		assertThat(tooMany.getStatus()).isEqualTo(400);
		assertThat(tooMany.getContentAsString()).contains("tối đa 256 dòng");
		assertThat(status(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
			.post("/directives/confidential")
			.param("reportDueDates[5000]", "01/01/2027")
			.with(demo.as("vanphong"))
			.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())))
			.isEqualTo(400);
		assertThat(fingerprint()).isEqualTo(before);
	}

	@Test
	void storedTextComesBackEscaped() throws Exception {
		LocalDate today = LocalDate.now(this.clock);
		String markup = "<script>alert('x')</script><img src=x onerror=alert(1)>";
		Directive directive = this.registration.register(Fixtures.actor(this.users, "vanphong"),
				new DirectiveContent(DirectiveKind.CONG_VAN, "66/UBND-XSS", "Trích yếu " + markup, today.minusDays(2),
						markup, null, Issuer.UBND_TINH),
				today.minusDays(1), List.of(TaskDraft.of("Nhiệm vụ " + markup, Fixtures.unit(this.units, "CNTT"))
					.due(DeadlineMeaning.COMPLETE, today.plusDays(5))),
				List.of());
		long task = this.reading.tasksOf(directive.getId()).get(0).getId();
		DemoUsers demo = new DemoUsers(this.users);
		for (String page : List.of("/directives/" + directive.getId(), "/tasks/" + task, "/tasks?q=script",
				"/directives?q=XSS", "/dashboard?period=" + today.getYear())) {
			String html = this.mvc.perform(get(page).with(demo.as("giamdoc")))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(page).doesNotContain("<script>alert", "<img src=x");
		}
		assertThat(Pages.ok(this.mvc, get("/tasks/" + task).with(demo.as("giamdoc")))).contains(markup);
	}

	private List<Map.Entry<RequestMappingInfo, HandlerMethod>> routes() {
		List<Map.Entry<RequestMappingInfo, HandlerMethod>> routes = new ArrayList<>();
		this.context.getBeansOfType(RequestMappingHandlerMapping.class)
			.values()
			.forEach((mapping) -> routes.addAll(mapping.getHandlerMethods().entrySet()));
		routes.sort(java.util.Comparator.comparing((entry) -> entry.getKey().toString()));
		return routes;
	}

	/** Request parameters and form fields the handler reads. */
	private static Set<String> parameterNames(HandlerMethod handler) {
		Set<String> names = new LinkedHashSet<>();
		for (MethodParameter parameter : handler.getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
			if (param != null) {
				String name = !param.name().isEmpty() ? param.name() : param.value();
				names.add(!name.isEmpty() ? name : parameter.getParameterName());
			}
			else if (!parameter.hasParameterAnnotation(PathVariable.class)
					&& !parameter.hasParameterAnnotation(RequestBody.class) && !BeanUtils.isSimpleProperty(type)
					&& !type.getName().startsWith("jakarta.") && !type.getName().startsWith("org.springframework.")
					&& !type.getName().startsWith("java.") && !MultipartFile.class.isAssignableFrom(type)
					&& !type.getName().equals("vn.dondoc.account.CurrentUser")) {
				for (PropertyDescriptor property : BeanUtils.getPropertyDescriptors(type)) {
					if (property.getWriteMethod() != null) {
						names.add(property.getName());
					}
				}
			}
		}
		return names;
	}

	private static String json(String value) {
		String quoted = "\"" + value.replace("\\", "\\\\")
			.replace("\"", "\\\"")
			.replace("\u0000", "\\u0000")
			.replace("\u0007", "\\u0007")
			.replace("\u001b", "\\u001b") + "\"";
		return "{\"kind\": " + quoted + ", \"numberSymbol\": " + quoted + ", \"receivedDate\": " + quoted
				+ ", \"tasks\": [{\"content\": " + quoted + ", \"leadUnit\": " + quoted + "}]}";
	}

	private static String encode(String value) {
		return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
	}

	private static String abbreviate(String value) {
		return (value.length() > 30) ? value.substring(0, 30) + "…(" + value.length() + ")" : value;
	}

}
