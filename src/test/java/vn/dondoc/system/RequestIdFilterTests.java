package vn.dondoc.system;

import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The node's name in every answer when one is configured (two nodes behind a proxy), and
 * none by default.
 */
class RequestIdFilterTests {

	MockHttpServletResponse serve(RequestIdFilter filter) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter.doFilter(new MockHttpServletRequest("GET", "/login"), response, new MockFilterChain());
		return response;
	}

	@Test
	void answersNameTheNodeWhenOneIsConfigured() throws Exception {
		MockHttpServletResponse response = serve(new RequestIdFilter(" node-a "));
		assertThat(response.getHeader("X-Dondoc-Node")).isEqualTo("node-a");
		assertThat(response.getHeader("X-Request-Id")).matches("[0-9a-f]{16}");
	}

	@Test
	void noNodeHeaderByDefault() throws Exception {
		MockHttpServletResponse response = serve(new RequestIdFilter(""));
		assertThat(response.containsHeader("X-Dondoc-Node")).isFalse();
		assertThat(response.getHeader("X-Request-Id")).matches("[0-9a-f]{16}");
	}

}
