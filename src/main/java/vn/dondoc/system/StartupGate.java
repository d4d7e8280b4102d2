package vn.dondoc.system;

import java.io.IOException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The web server answers before the start-up work is done (the demo's eighteen months of
 * directives take about forty seconds): until then the login page says so, and every
 * other request waits for it — a login, a dashboard — instead of seeing empty pages (and
 * caching them). Health checks and static files are never held.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StartupGate extends OncePerRequestFilter {

	/** The login page is told to say that the application is still starting. */
	static final String STARTING = "dondocStarting";

	private static final long WAIT_SECONDS = 180;

	private final CountDownLatch ready = new CountDownLatch(1);

	@EventListener(ApplicationReadyEvent.class)
	void open() {
		this.ready.countDown();
	}

	boolean isOpen() {
		return this.ready.getCount() == 0;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (isOpen() || passes(request)) {
			chain.doFilter(request, response);
			return;
		}
		if ("GET".equals(request.getMethod()) && "/login".equals(path(request))) {
			request.setAttribute(STARTING, Boolean.TRUE);
			chain.doFilter(request, response);
			return;
		}
		try {
			if (!this.ready.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
				response.setHeader("Retry-After", "30");
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
				return;
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			return;
		}
		chain.doFilter(request, response);
	}

	private static boolean passes(HttpServletRequest request) {
		String path = path(request);
		return path.startsWith("/actuator/") || path.startsWith("/webjars/") || path.startsWith("/css/")
				|| path.startsWith("/js/") || path.equals("/favicon.ico");
	}

	private static String path(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

}
