package vn.dondoc;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * An API token made as the administrator makes one, at {@code /admin/api-tokens}: the way
 * every API test gets its client.
 */
public final class TestTokens {

	private TestTokens() {
	}

	/**
	 * @param scopes the scopes' names ({@code DIRECTIVES_WRITE}…)
	 * @return the token ({@code dd_…}), shown once
	 */
	public static String make(MockMvc mvc, UserDetailsService users, String name, String... scopes) throws Exception {
		return (String) mvc
			.perform(post("/admin/api-tokens").param("name", name)
				.param("scope", scopes)
				.with(new DemoUsers(users).as("admin"))
				.with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("newToken");
	}

}
