package vn.dondoc.system;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.HexFormat;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.MDC;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request an id — the proxy's {@code X-Request-Id} when it sends a sane one —
 * puts it in the logging context of everything logged for the request, and answers it in
 * the {@code X-Request-Id} header, so a line in the log and a user's report meet. When
 * {@code dondoc.node-name} is set, every answer also names the node that served it in
 * {@code X-Dondoc-Node}, so that behind a proxy with several nodes one can see which one
 * answered. It is off by default: an internal host name is no business of the public.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Request-Id";

	static final String KEY = "requestId";

	static final String NODE_HEADER = "X-Dondoc-Node";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final String nodeName;

	RequestIdFilter(@Value("${dondoc.node-name:}") String nodeName) {
		this.nodeName = (nodeName != null) ? nodeName.strip() : "";
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String id = (given != null && given.matches("[A-Za-z0-9._-]{1,64}")) ? given : newId();
		MDC.put(KEY, id);
		response.setHeader(HEADER, id);
		if (!this.nodeName.isEmpty()) {
			response.setHeader(NODE_HEADER, this.nodeName);
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(KEY);
		}
	}

	private static String newId() {
		byte[] bytes = new byte[8];
		RANDOM.nextBytes(bytes);
		return HexFormat.of().formatHex(bytes);
	}

}
