package vn.dondoc.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import vn.dondoc.account.Role;

/**
 * The metrics are for ADMIN, or for a scraper (Prometheus) that sends the configured
 * token as {@code Authorization: Bearer …}; with no token configured only ADMIN reads
 * them.
 */
final class MetricsScrapeAccess implements AuthorizationManager<RequestAuthorizationContext> {

	private final byte[] token;

	MetricsScrapeAccess(String token) {
		this.token = (token == null || token.isBlank()) ? null
				: ("Bearer " + token.strip()).getBytes(StandardCharsets.UTF_8);
	}

	@Override
	public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
			RequestAuthorizationContext context) {
		String header = context.getRequest().getHeader("Authorization");
		if (this.token != null && header != null
				&& MessageDigest.isEqual(this.token, header.getBytes(StandardCharsets.UTF_8))) {
			return new AuthorizationDecision(true);
		}
		Authentication who = authentication.get();
		boolean admin = who != null && who.isAuthenticated()
				&& who.getAuthorities().stream().anyMatch((a) -> a.getAuthority().equals("ROLE_" + Role.ADMIN.name()));
		return new AuthorizationDecision(admin);
	}

}
