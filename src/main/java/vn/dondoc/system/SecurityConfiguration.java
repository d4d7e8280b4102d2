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
			.formLogin((form) -> form.loginPage("/login")
				.failureHandler(loginFailureHandler())
				.defaultSuccessUrl("/", true))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			// The CSRF token is made when a request starts, not when a page's first
			// form is written: a long page may already be committed to the client by
			// then, and storing a new token needs the session.
			.csrf((csrf) -> csrf.csrfTokenRequestHandler(eagerCsrfTokens()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.frameOptions((frame) -> frame.deny())
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			// A session whose account changed since it began is ended before anything
			// reads its roles.
			.addFilterAfter(new SessionGuard(jdbc), SecurityContextHolderFilter.class)
			.addFilterBefore(new PasswordChangeRequiredFilter(), AuthorizationFilter.class);
		return http.build();
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

	/** Tokens as Spring Security makes them, but made when the request starts. */
	private static org.springframework.security.web.csrf.CsrfTokenRequestHandler eagerCsrfTokens() {
		org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler handler = new org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler();
		handler.setCsrfRequestAttributeName(null);
		return handler;
	}

	/**
	 * A locked name gets its own message; every other failure the same one, so the page
	 * never tells whether an account exists.
	 */
	private static AuthenticationFailureHandler loginFailureHandler() {
		SimpleUrlAuthenticationFailureHandler failed = new SimpleUrlAuthenticationFailureHandler("/login?error");
		SimpleUrlAuthenticationFailureHandler locked = new SimpleUrlAuthenticationFailureHandler("/login?locked");
		SimpleUrlAuthenticationFailureHandler throttled = new SimpleUrlAuthenticationFailureHandler("/login?throttled");
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
