package vn.dondoc;

import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Signs a MockMvc request in as one of the demo accounts, loaded the way a real login
 * loads it.
 */
public final class DemoUsers {

	/** The password of every demo account. */
	public static final String PASSWORD = "dondoc-demo";

	private final UserDetailsService users;

	public DemoUsers(UserDetailsService users) {
		this.users = users;
	}

	public RequestPostProcessor as(String username) {
		return user(this.users.loadUserByUsername(username));
	}

}
