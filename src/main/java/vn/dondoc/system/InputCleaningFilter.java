package vn.dondoc.system;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.dondoc.common.Texts;

/**
 * Every parameter of every request — the login form, forms, filters in the address,
 * multipart fields — is read through the same cleaning ({@link Texts#withoutControls})
 * before anything else sees it, so that no control character reaches a query or the
 * database.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class InputCleaningFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(new Cleaned(request), response);
	}

	private static final class Cleaned extends HttpServletRequestWrapper {

		private Map<String, String[]> parameters;

		Cleaned(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getParameter(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null && values.length > 0) ? values[0] : null;
		}

		@Override
		public String[] getParameterValues(String name) {
			String[] values = getParameterMap().get(name);
			return (values != null) ? values.clone() : null;
		}

		@Override
		public Enumeration<String> getParameterNames() {
			return Collections.enumeration(getParameterMap().keySet());
		}

		@Override
		public Map<String, String[]> getParameterMap() {
			if (this.parameters == null) {
				// Read on first use: the multipart parts of the request are parsed then.
				Map<String, String[]> cleaned = new LinkedHashMap<>();
				super.getParameterMap().forEach((name, values) -> {
					String[] kept = new String[values.length];
					for (int i = 0; i < values.length; i++) {
						kept[i] = Texts.withoutControls(values[i]);
					}
					cleaned.merge(Texts.withoutControls(name), kept, (a, b) -> {
						String[] both = java.util.Arrays.copyOf(a, a.length + b.length);
						System.arraycopy(b, 0, both, a.length, b.length);
						return both;
					});
				});
				this.parameters = Collections.unmodifiableMap(cleaned);
			}
			return this.parameters;
		}

	}

}
