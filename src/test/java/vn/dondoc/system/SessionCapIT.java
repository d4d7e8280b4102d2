package vn.dondoc.system;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import vn.dondoc.DemoUsers;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 29: the sessions one person may hold can be capped in the settings; a second
 * login ends the first, whose next page sends it to the login page saying why.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "dondoc.security.max-sessions=1")
@ActiveProfiles("test")
class SessionCapIT {

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpRequest.Builder to(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	/** Signs in as a browser would; returns the session cookie. */
	private String signIn(String user) throws Exception {
		HttpResponse<String> login = send(to("/login"));
		Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
		assertThat(token.find()).isTrue();
		String cookies = login.headers()
			.allValues("Set-Cookie")
			.stream()
			.map((cookie) -> cookie.split(";")[0])
			.collect(Collectors.joining("; "));
		HttpResponse<String> signedIn = send(
				to("/login").header("Content-Type", "application/x-www-form-urlencoded")
					.header("Cookie", cookies)
					.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
							+ URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
							+ URLEncoder.encode(token.group(1), StandardCharsets.UTF_8))));
		return signedIn.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
	}

	@Test
	void aSecondLoginEndsTheFirstSession() throws Exception {
		String first = signIn("cv.cntt");
		assertThat(send(to("/tasks").header("Cookie", first)).statusCode()).isEqualTo(200);
		String second = signIn("cv.cntt");
		HttpResponse<String> ended = send(to("/tasks").header("Cookie", first));
		assertThat(ended.statusCode()).isEqualTo(302);
		assertThat(ended.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
		assertThat(send(to("/login?expired")).body()).contains("đăng nhập ở nơi khác");
		assertThat(send(to("/tasks").header("Cookie", second)).statusCode()).isEqualTo(200);
		// Another person's sessions are theirs.
		String other = signIn("tp.cntt");
		assertThat(send(to("/tasks").header("Cookie", second)).statusCode()).isEqualTo(200);
		assertThat(send(to("/tasks").header("Cookie", other)).statusCode()).isEqualTo(200);
	}

}
