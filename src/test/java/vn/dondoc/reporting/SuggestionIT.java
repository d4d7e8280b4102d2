package vn.dondoc.reporting;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * SuggestionBox (Điều 12): an officer sends one and sees it with the office's answer;
 * others see only their own; only the office answers; an empty one is refused.
 */
@IntegrationTest
class SuggestionIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Test
	void anyoneSuggestsAndTheOfficeAnswers() throws Exception {
		DemoUsers demo = new DemoUsers(this.users);
		String text = "Đề nghị rút thời hạn báo cáo tháng xuống ngày 8 để kịp tổng hợp.";
		this.mvc.perform(post("/suggestions").param("body", text).with(demo.as("cv.cntt")).with(csrf()));
		assertThat(this.mvc.perform(post("/suggestions").param("body", "   ").with(demo.as("cv.cntt")).with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("error")).isEqualTo("suggestion.body.required");
		assertThat(Pages.ok(this.mvc, get("/suggestions").with(demo.as("cv.cntt")))).contains(text);
		assertThat(Pages.ok(this.mvc, get("/suggestions").with(demo.as("cv.bcvt")))).doesNotContain(text);
		assertThat(Pages.ok(this.mvc, get("/suggestions").with(demo.as("vanphong")))).contains(text);
		long id = this.jdbc.sql("SELECT id FROM suggestion WHERE body = :b")
			.param("b", text)
			.query(Long.class)
			.single();
		assertThat(this.mvc
			.perform(post("/suggestions/" + id + "/answer").param("version", "0")
				.param("answer", "Sẽ trình sửa Quy chế.")
				.with(demo.as("cv.cntt"))
				.with(csrf()))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		this.mvc.perform(post("/suggestions/" + id + "/answer").param("version", "0")
			.param("answer", "Văn phòng Sở sẽ trình Giám đốc sửa Điều 10 trong quý tới.")
			.with(demo.as("vanphong"))
			.with(csrf()));
		assertThat(Pages.ok(this.mvc, get("/suggestions").with(demo.as("cv.cntt"))))
			.contains("Văn phòng Sở sẽ trình Giám đốc sửa Điều 10 trong quý tới.");
		assertThat(this.mvc
			.perform(post("/suggestions/" + id + "/answer").param("version", "0")
				.param("answer", "Trả lời lần hai")
				.with(demo.as("vanphong"))
				.with(csrf()))
			.andReturn()
			.getFlashMap()
			.get("error")).isEqualTo("suggestion.stale");
	}

}
