package vn.dondoc.api;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.dondoc.audit.AuditTrail;

/**
 * The API's own filter chain: no session, no form login, no CSRF (no cookies are used), a
 * bearer token per call, scopes per route, and every call written to the audit trail.
 * Refusals are problem details (RFC 9457) like every other API error.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, AuditTrail audit) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests((requests) -> requests.requestMatchers(HttpMethod.POST, "/api/v1/directives")
				.hasAuthority(ApiScope.DIRECTIVES_WRITE.authority())
				.requestMatchers(HttpMethod.GET, "/api/v1/directives/**")
				.hasAuthority(ApiScope.DIRECTIVES_READ.authority())
				.requestMatchers(HttpMethod.GET, "/api/v1/tasks/**")
				.hasAuthority(ApiScope.TASKS_READ.authority())
				.anyRequest()
				.denyAll())
			.csrf((csrf) -> csrf.disable())
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache((cache) -> cache.disable())
			.exceptionHandling((exceptions) -> exceptions
				.authenticationEntryPoint((request, response, ex) -> problem(response, HttpStatus.UNAUTHORIZED,
						"A valid bearer token is required (Authorization: Bearer dd_…)."))
				.accessDeniedHandler((request, response, ex) -> problem(response, HttpStatus.FORBIDDEN,
						"The token does not have the scope this call needs.")))
			.addFilterBefore(new TokenFilter(tokens, audit), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail + "\"}");
	}

	/** Reads the bearer token and audits the call once it is answered. */
	static final class TokenFilter extends OncePerRequestFilter {

		private final ApiTokens tokens;

		private final AuditTrail audit;

		TokenFilter(ApiTokens tokens, AuditTrail audit) {
			this.tokens = tokens;
			this.audit = audit;
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			String header = request.getHeader("Authorization");
			String caller = "api:anonymous";
			if (header != null && header.startsWith("Bearer ")) {
				var client = this.tokens.authenticate(header.substring(7).strip());
				if (client.isPresent()) {
					caller = ("api:" + client.get().name()).substring(0,
							Math.min(60, 4 + client.get().name().length()));
					List<SimpleGrantedAuthority> authorities = client.get()
						.scopes()
						.stream()
						.map((scope) -> new SimpleGrantedAuthority(scope.authority()))
						.toList();
					SecurityContextHolder.getContext()
						.setAuthentication(
								UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities));
				}
			}
			try {
				chain.doFilter(request, response);
			}
			finally {
				String query = (request.getQueryString() != null) ? "?" + request.getQueryString() : "";
				String summary = request.getMethod() + " " + request.getRequestURI() + query;
				this.audit.recordEvent(caller, "API_CALL",
						(summary.length() > 400 ? summary.substring(0, 400) : summary) + " → " + response.getStatus(),
						request.getRemoteAddr());
				SecurityContextHolder.clearContext();
			}
		}

	}

}
