package vn.dondoc.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
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
import org.springframework.util.unit.DataSize;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import vn.dondoc.audit.AuditTrail;
import vn.dondoc.common.RateLimits;

/**
 * The API's own filter chain: no session, no form login, no CSRF (no cookies are used), a
 * bearer token per call, scopes per route, and every call written to the audit trail.
 * Refusals are problem details (RFC 9457) like every other API error.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	/** Where edXML packages arrive: their limit is the package's, not the JSON body's. */
	static final String EDXML = "/api/v1/edxml";

	/** Where a directive's file is read: its limit is the package's too. */
	static final String READ = "/api/v1/documents/read";

	@Bean
	@Order(1)
	SecurityFilterChain api(HttpSecurity http, ApiTokenManagement tokens, AuditTrail audit, MeterRegistry meters,
			@Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> routes,
			@Value("${dondoc.api.max-body:1MB}") DataSize maxBody,
			@Value("${dondoc.intake.max-package:50MB}") DataSize maxPackage,
			@Value("${dondoc.api.requests-per-minute:600}") long perMinute) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(
					(requests) -> requests.requestMatchers(HttpMethod.POST, "/api/v1/directives", EDXML, READ)
						.hasAuthority(ApiScope.DIRECTIVES_WRITE.authority())
						.requestMatchers(HttpMethod.GET, EDXML + "/**")
						.hasAuthority(ApiScope.DIRECTIVES_READ.authority())
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
			.addFilterBefore(new TokenFilter(tokens, audit, meters, routes, maxBody.toBytes(), maxPackage.toBytes(),
					new RateLimits(perMinute, Duration.ofMinutes(1))), AnonymousAuthenticationFilter.class);
		return http.build();
	}

	static void problem(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		// UTF-8 said, not left to the container's ISO-8859-1 default.
		response.setCharacterEncoding(StandardCharsets.UTF_8.name());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE + ";charset=UTF-8");
		if (status == HttpStatus.UNAUTHORIZED) {
			response.setHeader("WWW-Authenticate", "Bearer");
		}
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase() + "\",\"status\":"
					+ status.value() + ",\"detail\":\"" + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
	}

	/**
	 * Before anything reads the call: its body within the limit, its caller within their
	 * rate (per token, or per address without one), its route one the API has. Then reads
	 * the bearer token, and audits the authenticated call once it is answered; refusals
	 * of anonymous callers are counted as a metric, not written to the audit trail, so
	 * that a flood cannot fill it.
	 */
	static final class TokenFilter extends OncePerRequestFilter {

		private final ApiTokenManagement tokens;

		private final AuditTrail audit;

		private final ObjectProvider<RequestMappingHandlerMapping> routes;

		private final long maxBody;

		private final long maxPackage;

		private final RateLimits limits;

		private final Counter refused;

		private final Counter limited;

		TokenFilter(ApiTokenManagement tokens, AuditTrail audit, MeterRegistry meters,
				ObjectProvider<RequestMappingHandlerMapping> routes, long maxBody, long maxPackage, RateLimits limits) {
			this.maxPackage = maxPackage;
			this.tokens = tokens;
			this.audit = audit;
			this.routes = routes;
			this.maxBody = maxBody;
			this.limits = limits;
			this.refused = Counter.builder("dondoc.api.refused")
				.description("API calls refused before a valid token was shown")
				.register(meters);
			this.limited = Counter.builder("dondoc.api.rate.limited")
				.description("API calls refused for going over the rate limit")
				.register(meters);
		}

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			boolean edxml = EDXML.equals(request.getRequestURI()) || READ.equals(request.getRequestURI());
			long limit = edxml ? this.maxPackage : this.maxBody;
			if (request.getContentLengthLong() > limit) {
				this.refused.increment();
				problem(response, HttpStatus.PAYLOAD_TOO_LARGE, "The body may be at most " + limit / 1024 + " KB ("
						+ (edxml ? "dondoc.intake.max-package" : "dondoc.api.max-body") + ").");
				return;
			}
			String header = request.getHeader("Authorization");
			String caller = null;
			List<SimpleGrantedAuthority> authorities = List.of();
			if (header != null && header.startsWith("Bearer ")) {
				var client = this.tokens.authenticate(header.substring(7).strip());
				if (client.isPresent()) {
					caller = ("api:" + client.get().name()).substring(0,
							Math.min(60, 4 + client.get().name().length()));
					authorities = client.get()
						.scopes()
						.stream()
						.map((scope) -> new SimpleGrantedAuthority(scope.authority()))
						.toList();
				}
			}
			long wait = this.limits.take((caller != null) ? caller : "address:" + request.getRemoteAddr());
			if (wait > 0) {
				this.limited.increment();
				response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait));
				problem(response, HttpStatus.TOO_MANY_REQUESTS,
						"Too many calls: try again in " + wait + " s (dondoc.api.requests-per-minute).");
				return;
			}
			if (caller == null) {
				this.refused.increment();
				chain.doFilter(request, response);
				return;
			}
			try {
				if (!routed(request, response)) {
					return;
				}
				SecurityContextHolder.getContext()
					.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(caller, null, authorities));
				chain.doFilter(new LimitedBody(request, limit), response);
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

		/** A path the API does not have is a 404, a method it does not take a 405. */
		private boolean routed(HttpServletRequest request, HttpServletResponse response) throws IOException {
			RequestMappingHandlerMapping mapping = this.routes.getIfAvailable();
			if (mapping == null) {
				return true;
			}
			try {
				if (mapping.getHandler(request) == null) {
					problem(response, HttpStatus.NOT_FOUND, "The API has no " + request.getRequestURI() + ".");
					return false;
				}
				return true;
			}
			catch (HttpRequestMethodNotSupportedException ex) {
				if (ex.getSupportedMethods() != null) {
					response.setHeader(HttpHeaders.ALLOW, String.join(", ", ex.getSupportedMethods()));
				}
				problem(response, HttpStatus.METHOD_NOT_ALLOWED,
						request.getMethod() + " is not a method of " + request.getRequestURI() + ".");
				return false;
			}
			catch (Exception ex) {
				// Wrong media type and the like: the controller's own problem details say
				// it.
				return true;
			}
		}

	}

	/** A body without a declared length is cut at the limit: reading on fails. */
	static final class LimitedBody extends HttpServletRequestWrapper {

		private final long limit;

		LimitedBody(HttpServletRequest request, long limit) {
			super(request);
			this.limit = limit;
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream in = super.getInputStream();
			long limit = this.limit;
			return new ServletInputStream() {

				private long read;

				@Override
				public int read() throws IOException {
					int b = in.read();
					if (b >= 0) {
						count(1);
					}
					return b;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					int n = in.read(buffer, offset, length);
					if (n > 0) {
						count(n);
					}
					return n;
				}

				private void count(int n) throws IOException {
					this.read += n;
					if (this.read > limit) {
						throw new BodyTooLarge(limit);
					}
				}

				@Override
				public boolean isFinished() {
					return in.isFinished();
				}

				@Override
				public boolean isReady() {
					return in.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					in.setReadListener(listener);
				}

			};
		}

	}

	/** The body went past the API's limit while it was read. */
	static final class BodyTooLarge extends IOException {

		private static final long serialVersionUID = 1L;

		BodyTooLarge(long limit) {
			super("The body is larger than " + limit + " bytes");
		}

	}

}
