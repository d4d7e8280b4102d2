package vn.dondoc.system;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.dondoc.BrowserForms.cookies;
import static vn.dondoc.BrowserForms.credentials;
import static vn.dondoc.BrowserForms.token;

/**
 * Issue 29, on the real embedded Tomcat (MockMvc's CSRF helper swaps in a session-based
 * token store for the whole context): a stranger's requests make no session — before,
 * each cookieless GET of the login page, a public page, the health check or any address
 * inserted a session row kept eight hours. The CSRF token lives in a cookie and is read
 * from the form or a header, never from the address; the page asked for before signing in
 * is kept in a cookie; over TLS the cookies are Secure.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
class SessionlessIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private long sessions() {
		return this.jdbc.sql("SELECT count(*) FROM spring_session").query(Long.class).single();
	}

	private HttpResponse<String> get(String path, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String cookies, String body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookies)
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void aStrangersRequestsMakeNoSession() throws Exception {
		long before = sessions();
		for (String path : List.of("/login", "/login?error", "/public/reports", "/actuator/health", "/tasks",
				"/khong-co-trang-nay", "/tasks/1", "/dashboard")) {
			for (int i = 0; i < 3; i++) {
				HttpResponse<String> response = get(path);
				assertThat(response.statusCode()).as(path).isLessThan(500);
				assertThat(response.headers().allValues("Set-Cookie")).as("%s sets no session cookie", path)
					.noneMatch((cookie) -> cookie.startsWith("SESSION="));
			}
		}
		// A failed login neither.
		HttpResponse<String> login = get("/login");
		HttpResponse<String> failed = post("/login", cookies(login),
				"username=khong-co-ai&password=sai&_csrf=" + token(login));
		assertThat(failed.headers().firstValue("Location")).contains("/login?error");
		assertThat(failed.headers().allValues("Set-Cookie")).noneMatch((cookie) -> cookie.startsWith("SESSION="));
		assertThat(sessions()).as("sessions made by strangers").isEqualTo(before);
	}

	@Test
	void signingInMakesTheSessionAndReturnsToThePageAskedFor() throws Exception {
		HttpResponse<String> asked = get("/tasks?scope=mine");
		assertThat(asked.headers().firstValue("Location").orElseThrow()).endsWith("/login");
		assertThat(asked.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("REDIRECT_URI="));
		HttpResponse<String> login = get("/login", "Cookie", cookies(asked));
		long before = sessions();
		HttpResponse<String> signedIn = post("/login", cookies(asked, login),
				credentials("tp.cntt") + "&_csrf=" + token(login));
		assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/tasks?scope=mine");
		assertThat(signedIn.headers().allValues("Set-Cookie")).anyMatch((cookie) -> cookie.startsWith("SESSION="));
		assertThat(sessions()).isEqualTo(before + 1);
	}

	@Test
	void aTokenInTheAddressIsRefused() throws Exception {
		HttpResponse<String> login = get("/login");
		HttpResponse<String> inQuery = post("/login?_csrf=" + token(login), cookies(login), credentials("tp.cntt"));
		assertThat(inQuery.statusCode()).isEqualTo(403);
		HttpResponse<String> inBody = post("/login", cookies(login), credentials("tp.cntt") + "&_csrf=" + token(login));
		assertThat(inBody.headers().firstValue("Location").orElseThrow()).endsWith("/");
	}

	@Test
	void aMalformedMultipartIsAnsweredWithoutAnErrorInTheLog(org.springframework.boot.test.system.CapturedOutput output)
			throws Exception {
		HttpResponse<String> login = get("/login");
		HttpResponse<String> signedIn = post("/login", cookies(login),
				credentials("vanphong") + "&_csrf=" + token(login));
		String session = cookies(login, signedIn);
		HttpResponse<String> form = get("/import", "Cookie", session);
		int before = output.length();
		for (String path : List.of("/import", "/directives")) {
			HttpResponse<String> response = this.http
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
					.header("Content-Type", "multipart/form-data; boundary=xyz")
					.header("Cookie", session)
					.header("X-CSRF-TOKEN", URLDecoder.decode(token(form), StandardCharsets.UTF_8))
					.POST(HttpRequest.BodyPublishers.ofString("--xyz\r\nContent-Disposition: form-data; name=\"file\"; "
							+ "filename=\"a.xlsx\"\r\n\r\nkhông có ranh giới cuối"))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isBetween(400, 499);
		}
		String logged = output.toString().substring(before);
		assertThat(logged).as("the log of two malformed uploads").doesNotContain(" ERROR ").doesNotContain("\tat ");
	}

	@Test
	void overTlsTheCookiesAreSecure() throws Exception {
		HttpResponse<String> tls = get("/login?lang=en", "X-Forwarded-Proto", "https");
		assertThat(tls.headers().allValues("Set-Cookie"))
			.filteredOn((cookie) -> cookie.startsWith("dondoc-lang=") || cookie.startsWith("DONDOC-CSRF="))
			.hasSize(2)
			.allMatch((cookie) -> cookie.contains("Secure"));
		HttpResponse<String> plain = get("/login?lang=vi");
		assertThat(plain.headers().allValues("Set-Cookie"))
			.filteredOn((cookie) -> cookie.startsWith("dondoc-lang=") || cookie.startsWith("DONDOC-CSRF="))
			.hasSize(2)
			.noneMatch((cookie) -> cookie.contains("Secure"));
	}

}
