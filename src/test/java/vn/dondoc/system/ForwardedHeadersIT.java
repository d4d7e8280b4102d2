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

/**
 * A client that is not a configured proxy cannot pick its own address, host or path
 * prefix: here the trusted proxies are an address the test is not, so the loopback client
 * is an ordinary client. Its X-Forwarded-For, X-Forwarded-Host, X-Forwarded-Proto,
 * Forwarded and X-Forwarded-Prefix are ignored, and redirects carry no host.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "server.tomcat.remoteip.internal-proxies=10\\.255\\.255\\.254")
@ActiveProfiles("test")
class ForwardedHeadersIT {

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	@Test
	void anUntrustedClientsForwardingHeadersAreIgnored() throws Exception {
		HttpResponse<String> redirect = this.http
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/tasks"))
				.header("Forwarded", "for=192.0.2.201;host=evil.example;proto=https")
				.header("X-Forwarded-Host", "evil.example")
				.header("X-Forwarded-Prefix", "/evil")
				.header("X-Forwarded-Proto", "https")
				.header("X-Forwarded-For", "192.0.2.201")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(redirect.statusCode()).isEqualTo(302);
		String location = redirect.headers().firstValue("Location").orElseThrow();
		assertThat(location).isEqualTo("/login").doesNotContain("evil");
		// Not taken for HTTPS: no Strict-Transport-Security, no Secure cookie.
		assertThat(redirect.headers().firstValue("Strict-Transport-Security")).isEmpty();
		assertThat(String.join(";", redirect.headers().allValues("Set-Cookie"))).doesNotContain("Secure");
	}

	@Test
	void aLoginIsAuditedWithTheAddressItCameFromNotTheOneItClaims() throws Exception {
		HttpResponse<String> form = this.http.send(
				HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login")).build(),
				HttpResponse.BodyHandlers.ofString());
		String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		java.util.regex.Matcher csrf = java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
			.matcher(form.body());
		assertThat(csrf.find()).isTrue();
		HttpResponse<String> login = this.http.send(HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Cookie", cookie)
			.header("X-Forwarded-For", "192.0.2.201")
			.header("Forwarded", "for=192.0.2.202")
			.POST(HttpRequest.BodyPublishers.ofString("username=khtc&password="
					+ java.net.URLEncoder.encode(vn.dondoc.DemoUsers.PASSWORD, java.nio.charset.StandardCharsets.UTF_8)
					+ "&_csrf=" + java.net.URLEncoder.encode(csrf.group(1), java.nio.charset.StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(login.statusCode()).isEqualTo(302);
		assertThat(this.jdbc.sql("""
				SELECT ip FROM audit_event WHERE actor = 'khtc' AND action = 'LOGIN_SUCCEEDED' ORDER BY id DESC LIMIT 1
				""").query(String.class).single()).doesNotContain("192.0.2").isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
	}

}
