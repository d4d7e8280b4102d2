package vn.dondoc.urging;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Issue 31: the administrator's outbox is paginated, and each mail's body can be read.
 */
@IntegrationTest
class OutboxPageIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserDetailsService users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	java.time.Clock clock;

	@Test
	void theOutboxIsPagedAndEachMailOpens() throws Exception {
		for (int i = 0; i < 60; i++) {
			this.jdbc
				.sql("""
						INSERT INTO mail_outbox (idempotency_key, recipient, subject, body_text, body_html, status, attempts,
						                         next_attempt_at, created_at, sent_at)
						VALUES (:key, 'a@example.vn', :subject, :body, '<p>x</p>', 'SENT', 1, :at, :at, :at)
						""")
				.param("key", "outbox-page-it:" + i)
				.param("at", java.sql.Timestamp.from(this.clock.instant()))
				.param("subject", "Thư thử " + i)
				.param("body", "Kính gửi đồng chí,\nNội dung thư thử số " + i + ".")
				.update();
		}
		DemoUsers demo = new DemoUsers(this.users);
		long total = this.jdbc.sql("SELECT count(*) FROM mail_outbox").query(Long.class).single();
		Document first = Jsoup.parse(Pages.ok(this.mvc, get("/admin/mail").with(demo.as("admin"))));
		assertThat(first.select("#mail-table tbody tr")).hasSize(50);
		assertThat(first.getElementById("mail-total").text()).contains(String.valueOf(total));
		String last = first.selectFirst("nav .page-link[data-page=last]").attr("href");
		Document end = Jsoup.parse(Pages.ok(this.mvc, get(java.net.URI.create(last)).with(demo.as("admin"))));
		assertThat(end.select("#mail-table tbody tr")).hasSize((int) (total - 50 * ((total - 1) / 50)));

		long id = this.jdbc.sql("SELECT id FROM mail_outbox WHERE idempotency_key = 'outbox-page-it:7'")
			.query(Long.class)
			.single();
		Document mail = Jsoup.parse(Pages.ok(this.mvc, get("/admin/mail/" + id).with(demo.as("admin"))));
		assertThat(mail.getElementById("mail-subject").text()).isEqualTo("Thư thử 7");
		assertThat(mail.getElementById("mail-body").wholeText()).contains("Kính gửi đồng chí,\nNội dung thư thử số 7.");
		assertThat(this.mvc.perform(get("/admin/mail/" + id).with(demo.as("giamdoc")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(this.mvc.perform(get("/admin/mail/99999999").with(demo.as("admin")))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(404);
	}

}
