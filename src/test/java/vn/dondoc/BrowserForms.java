package vn.dondoc;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a browser does with a form over real HTTP (tests on the embedded Tomcat): sends
 * back the cookies it was given and the form's CSRF token.
 */
public final class BrowserForms {

	private static final Pattern TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private BrowserForms() {
	}

	/** The cookies responses set, as a request sends them back. */
	public static String cookies(HttpResponse<?>... responses) {
		return Arrays.stream(responses)
			.flatMap((response) -> response.headers().allValues("Set-Cookie").stream())
			.map((cookie) -> cookie.split(";")[0])
			.collect(Collectors.joining("; "));
	}

	/** The session cookie a response set. */
	public static String session(HttpResponse<?> response) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter((cookie) -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow()
			.split(";")[0];
	}

	/** The page's form token, URL-encoded for a form body. */
	public static String token(HttpResponse<String> page) {
		Matcher m = TOKEN.matcher(page.body());
		assertThat(m.find()).as("the form's token").isTrue();
		return URLEncoder.encode(m.group(1), StandardCharsets.UTF_8);
	}

	/** A demo account's name and password as a login form's body. */
	public static String credentials(String user) {
		return "username=" + user + "&password=" + URLEncoder.encode(DemoUsers.PASSWORD, StandardCharsets.UTF_8);
	}

}
