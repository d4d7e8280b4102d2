package vn.dondoc.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.dondoc.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind the TLS proxy, on the real embedded Tomcat: a login the proxy marks as HTTPS
 * (X-Forwarded-Proto) gets a Secure session cookie and Strict-Transport-Security; a plain
 * one gets neither.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BehindTlsIT {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	HttpResponse<String> login(boolean https) throws Exception {
		HttpRequest.Builder page = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"));
		if (https) {
			page.header("X-Forwarded-Proto", "https");
		}
		HttpResponse<String> form = this.http.send(page.build(), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
		assertThat(csrf.find()).isTrue();
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		String body = "username=cv.cntt&password=" + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8)
				+ "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpRequest.Builder post = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (https) {
			post.header("X-Forwarded-Proto", "https").header("X-Forwarded-For", "203.0.113.9");
		}
		return this.http.send(post.build(), HttpResponse.BodyHandlers.ofString());
	}

	static String sessionCookie(HttpResponse<?> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream().filter((c) -> c.startsWith("SESSION=")).findFirst().orElseThrow();
	}

	@Test
	void overHttpsTheCookieIsSecureAndHstsIsSent() throws Exception {
		HttpResponse<String> response = login(true);
		assertThat(response.statusCode()).isEqualTo(302);
		// Redirects name no host (nor scheme): the browser stays on the proxy's https
		// address.
		assertThat(response.headers().firstValue("Location").orElseThrow()).startsWith("/")
			.doesNotContain("http:")
			.doesNotContain("error");
		assertThat(sessionCookie(response)).containsIgnoringCase("; Secure");
		assertThat(response.headers().firstValue("Strict-Transport-Security").orElseThrow()).contains("max-age=");
	}

	@Test
	void overPlainHttpNeither() throws Exception {
		HttpResponse<String> response = login(false);
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(sessionCookie(response)).doesNotContainIgnoringCase("secure");
		assertThat(response.headers().firstValue("Strict-Transport-Security")).isEmpty();
	}

}
