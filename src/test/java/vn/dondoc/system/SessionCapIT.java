package vn.dondoc.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.BrowserForms.cookies;
import static vn.dondoc.BrowserForms.credentials;
import static vn.dondoc.BrowserForms.session;
import static vn.dondoc.BrowserForms.token;

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
		return session(send(to("/login").header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookies(login))
			.POST(HttpRequest.BodyPublishers.ofString(credentials(user) + "&_csrf=" + token(login)))));
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
