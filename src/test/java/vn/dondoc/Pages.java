package vn.dondoc;

import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.web.util.HtmlUtils;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Reads a page as a person sees its text: Thymeleaf writes non-ASCII letters in attribute
 * values as HTML entities, which a browser shows as the letters themselves.
 */
public final class Pages {

	private Pages() {
	}

	/**
	 * Performs the request, expects 200 OK and returns the page with entities decoded.
	 */
	public static String ok(MockMvc mvc, RequestBuilder request) throws Exception {
		String html = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		return HtmlUtils.htmlUnescape(html);
	}

}
