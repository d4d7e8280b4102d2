package vn.dondoc.directive;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import vn.dondoc.DemoUsers;
import vn.dondoc.common.DayParameter;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A kế hoạch of 30 tasks with 5 coordinating units each, posted as the browser posts the
 * registration form (multipart) to the real embedded Tomcat: it saves. Tomcat's default
 * limits (50 parts) once refused a directive of four tasks with a bare English 413.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LargeDirectiveIT {

	static final String BOUNDARY = "----dondoc-large-form";

	@LocalServerPort
	int port;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	String base() {
		return "http://127.0.0.1:" + this.port;
	}

	/**
	 * Signs in through the form; returns the session and CSRF cookies and a token of
	 * them.
	 */
	String[] signIn(String username) throws Exception {
		HttpResponse<String> form = this.http.send(HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		HttpResponse<String> login = this.http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password="
					+ URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf=" + csrf(form.body())))
			.build(), HttpResponse.BodyHandlers.ofString());
		String session = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("SESSION="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		HttpResponse<String> page = this.http.send(
				HttpRequest.newBuilder(URI.create(base() + "/directives/new")).header("Cookie", session).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		// The form's token goes with the CSRF cookie the page set.
		String token = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((c) -> c.startsWith("DONDOC-CSRF="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
		return new String[] { session + "; " + token, csrf(page.body()) };
	}

	static String csrf(String html) {
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(html);
		assertThat(token.find()).isTrue();
		return URLEncoder.encode(token.group(1), StandardCharsets.UTF_8).replace("%2D", "-").replace("%5F", "_");
	}

	static void field(StringBuilder body, String name, String value) {
		body.append("--")
			.append(BOUNDARY)
			.append("\r\nContent-Disposition: form-data; name=\"")
			.append(name)
			.append("\"\r\n\r\n")
			.append(value)
			.append("\r\n");
	}

	@Test
	void aPlanOfThirtyTasksWithFiveCoordinatingUnitsEachSaves() throws Exception {
		String[] signedIn = signIn("vanphong");
		Map<String, Long> codes = this.units.activeIdsByCode();
		long root = this.units.activeTree().get(0).id();
		long lead = codes.get("CNTT");
		List<Long> others = new ArrayList<>(
				codes.values().stream().filter((id) -> id != lead && id != root).sorted().toList());
		assertThat(others).hasSizeGreaterThanOrEqualTo(5);
		LocalDate today = LocalDate.now(this.clock);
		String number = "3005/KH-UBND-" + System.nanoTime() % 100_000;
		StringBuilder body = new StringBuilder();
		field(body, "_csrf", java.net.URLDecoder.decode(signedIn[1], StandardCharsets.UTF_8));
		field(body, "kind", "KE_HOACH");
		field(body, "numberSymbol", number);
		field(body, "summary", "Kế hoạch triển khai chuyển đổi số năm 2027");
		field(body, "issueDate", DayParameter.DMY.format(today.minusDays(3)));
		field(body, "issuer", "UBND_TINH");
		field(body, "signer", "Nguyễn Văn An");
		field(body, "signerPosition", "PHO_CHU_TICH");
		field(body, "receivedDate", DayParameter.DMY.format(today));
		for (int t = 0; t < 30; t++) {
			String task = "tasks[" + t + "].";
			field(body, task + "content", "Nhiệm vụ số " + (t + 1) + " của kế hoạch chuyển đổi số");
			field(body, task + "withDeadline", "true");
			field(body, task + "mustReport", "true");
			field(body, task + "deadline", DayParameter.DMY.format(today.plusDays(30 + t)));
			field(body, task + "deadlineMeaning", "COMPLETE");
			field(body, task + "category", "SPECIALISED");
			field(body, task + "leadUnitId", String.valueOf(lead));
			for (int p = 0; p < 5; p++) {
				String part = task + "parts[" + p + "].";
				field(body, part + "unitId", String.valueOf(others.get(p)));
				field(body, part + "description", "Phối hợp phần việc " + (p + 1));
				field(body, part + "deadline", DayParameter.DMY.format(today.plusDays(20 + t)));
			}
		}
		body.append("--").append(BOUNDARY).append("--\r\n");
		HttpResponse<String> saved = this.http.send(HttpRequest.newBuilder(URI.create(base() + "/directives"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Cookie", signedIn[0])
			.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
		assertThat(saved.headers().firstValue("Location").orElseThrow()).matches(".*/directives/\\d+");
		assertThat(this.jdbc.sql("""
				SELECT count(DISTINCT t.id) || ':' || count(p.id) FROM directive d JOIN task t ON t.directive_id = d.id
				LEFT JOIN task_part p ON p.task_id = t.id WHERE d.number_symbol = :n
				""").param("n", number).query(String.class).single()).isEqualTo("30:150");
	}

	@Test
	void aFormBeyondTheServersCountOfPartsIsToldInVietnameseWhichLimit() throws Exception {
		String[] signedIn = signIn("vanphong");
		StringBuilder body = new StringBuilder();
		field(body, "_csrf", java.net.URLDecoder.decode(signedIn[1], StandardCharsets.UTF_8));
		for (int i = 0; i < 4100; i++) {
			field(body, "tasks[0].content", "x");
		}
		body.append("--").append(BOUNDARY).append("--\r\n");
		HttpResponse<String> refused = this.http.send(HttpRequest.newBuilder(URI.create(base() + "/directives"))
			.header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
			.header("Cookie", signedIn[0])
			.header("Accept-Language", "vi")
			.POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(refused.statusCode()).isEqualTo(413);
		assertThat(refused.body()).contains("quá nhiều ô", "4000", "Khôi phục")
			.doesNotContain("HTTP Status")
			.doesNotContain("Exception");
	}

}
