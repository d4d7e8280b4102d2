package vn.dondoc.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.context.ApplicationEventPublisher;

import vn.dondoc.account.PasswordChangeRequiredFilter;
import vn.dondoc.account.Role;
import vn.dondoc.account.SessionGuard;

/**
 * Who may reach what (SPEC §1). Every route has a rule here; anything not named needs a
 * login.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	/** Only the application's own origin: no CDN, no inline script or style. */
	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; "
			+ "frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

	/**
	 * Files and feeds that need no login and hold no form: no session is made for them
	 * (the main chain makes the CSRF token, and with it a session, at the start of a
	 * request).
	 */
	@Bean
	@org.springframework.core.annotation.Order(0)
	SecurityFilterChain sessionless(HttpSecurity http) throws Exception {
		http.securityMatcher("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/calendar/*.ics", "/v3/api-docs",
				"/v3/api-docs.yaml", "/v3/api-docs/**")
			.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll())
			.csrf((csrf) -> csrf.disable())
			.requestCache((cache) -> cache.disable())
			.sessionManagement((session) -> session
				.sessionCreationPolicy(org.springframework.security.config.http.SessionCreationPolicy.STATELESS))
			.headers(
					(headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY)));
		return http.build();
	}

	@Bean
	SecurityFilterChain web(HttpSecurity http, AuthenticationManager authenticationManager,
			@org.springframework.beans.factory.annotation.Value("${dondoc.metrics.scrape-token:}") String scrapeToken,
			@org.springframework.beans.factory.annotation.Value("${dondoc.security.max-sessions:0}") int maxSessions,
			org.springframework.beans.factory.ObjectProvider<org.springframework.session.FindByIndexNameSessionRepository<? extends org.springframework.session.Session>> sessions,
			org.springframework.jdbc.core.simple.JdbcClient jdbc) throws Exception {
		http.authenticationManager(authenticationManager)
			.authorizeHttpRequests((requests) -> requests
				// Static files, feeds and the API description are the sessionless
				// chain's.
				.requestMatchers("/login", "/error", "/actuator/health", "/actuator/health/**", "/public/**")
				.permitAll()
				.requestMatchers("/actuator/prometheus")
				.access(new MetricsScrapeAccess(scrapeToken))
				.requestMatchers("/actuator/**", "/admin/**")
				.hasRole(Role.ADMIN.name())
				.anyRequest()
				.authenticated())
			.formLogin((form) -> form.loginPage("/login").failureHandler(loginFailureHandler()).defaultSuccessUrl("/"))
			// The page asked for before signing in is kept in a cookie, not a session:
			// a stranger's request makes no session (issue 29).
			.requestCache((cache) -> cache
				.requestCache(new org.springframework.security.web.savedrequest.CookieRequestCache()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement((session) -> {
				session.sessionFixation((fixation) -> fixation.changeSessionId());
				// At most this many sessions a person (0: no limit): a new login ends
				// the oldest, whose next page says why.
				if (maxSessions > 0) {
					session.maximumSessions(maxSessions)
						.sessionRegistry(registry(sessions.getObject()))
						.expiredUrl("/login?expired");
				}
			})
			// The CSRF token is made when a request starts, not when a page's first
			// form is written: a long page may already be committed to the client by
			// then, and storing a new token needs the session.
			// The token lives in a cookie (HttpOnly: forms carry it), so that a login
			// page, a public page or a health check makes no session.
			.csrf((csrf) -> csrf.csrfTokenRepository(csrfTokens()).csrfTokenRequestHandler(eagerCsrfTokens()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			// A session whose account changed since it began is ended before anything
			// reads its roles.
			.addFilterAfter(new SessionGuard(jdbc), SecurityContextHolderFilter.class)
			.addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
		return http.build();
	}

	private static <S extends org.springframework.session.Session> org.springframework.security.core.session.SessionRegistry registry(
			org.springframework.session.FindByIndexNameSessionRepository<S> sessions) {
		return new org.springframework.session.security.SpringSessionBackedSessionRegistry<>(sessions);
	}

	@Bean
	AuthenticationManager authenticationManager(AuthenticationProvider provider,
			AuthenticationEventPublisher eventPublisher) {
		ProviderManager manager = new ProviderManager(provider);
		manager.setAuthenticationEventPublisher(eventPublisher);
		return manager;
	}

	@Bean
	AuthenticationEventPublisher authenticationEventPublisher(ApplicationEventPublisher publisher) {
		return new DefaultAuthenticationEventPublisher(publisher);
	}

	/**
	 * The CSRF token in an HttpOnly cookie of the application's path, Secure over TLS.
	 */
	private static org.springframework.security.web.csrf.CookieCsrfTokenRepository csrfTokens() {
		org.springframework.security.web.csrf.CookieCsrfTokenRepository tokens = new org.springframework.security.web.csrf.CookieCsrfTokenRepository();
		tokens.setCookieName("DONDOC-CSRF");
		tokens.setCookieCustomizer((cookie) -> cookie.sameSite("Lax"));
		return tokens;
	}

	/**
	 * Tokens as Spring Security makes them, but made when the request starts, and read
	 * from the header or the form's body only: a token in the address (which travels in
	 * logs and Referer headers) is refused.
	 */
	private static org.springframework.security.web.csrf.CsrfTokenRequestHandler eagerCsrfTokens() {
		org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler xor = new org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler();
		xor.setCsrfRequestAttributeName(null);
		return new org.springframework.security.web.csrf.CsrfTokenRequestHandler() {

			@Override
			public void handle(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response,
					java.util.function.Supplier<org.springframework.security.web.csrf.CsrfToken> token) {
				xor.handle(request, response, token);
			}

			@Override
			public String resolveCsrfTokenValue(jakarta.servlet.http.HttpServletRequest request,
					org.springframework.security.web.csrf.CsrfToken csrfToken) {
				String query = request.getQueryString();
				if (request.getHeader(csrfToken.getHeaderName()) == null && query != null
						&& java.util.Arrays.stream(query.split("&"))
							.anyMatch((pair) -> pair.equals(csrfToken.getParameterName())
									|| pair.startsWith(csrfToken.getParameterName() + "="))) {
					return null;
				}
				return xor.resolveCsrfTokenValue(request, csrfToken);
			}

		};
	}

	/**
	 * A locked name gets its own message; every other failure the same one, so the page
	 * never tells whether an account exists.
	 */
	private static AuthenticationFailureHandler loginFailureHandler() {
		SimpleUrlAuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
		SimpleUrlAuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler("/login?locked");
		SimpleUrlAuthenticationFailureHandler throttled = new SimpleUrlAuthenticationFailureHandler("/login?throttled");
		// The page's address says what went wrong: no session is made to carry it.
		for (SimpleUrlAuthenticationFailureHandler handler : java.util.List.of(failed, locked, throttled)) {
			handler.setAllowSessionCreation(false);
		}
		return (request, response, exception) -> {
			if (exception instanceof vn.dondoc.account.LockoutAuthenticationProvider.TooManyAttempts) {
				throttled.onAuthenticationFailure(request, response, exception);
			}
			else if (exception instanceof LockedException) {
				locked.onAuthenticationFailure(request, response, exception);
			}
			else {
				failed.onAuthenticationFailure(request, response, exception);
			}
		};
	}

}
