package vn.dondoc.urging;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With no public address configured, links in mails point to the address the application
 * is actually served on, not to a port it does not listen on.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MailLinksIT {

	@LocalServerPort
	int port;

	@Autowired
	MailOutbox outbox;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Test
	void linksInMailsUseTheServedPort() {
		assertThat(this.port).isNotEqualTo(8080);
		String key = "test:links:" + this.port;
		this.jdbc.sql("DELETE FROM mail_outbox WHERE idempotency_key = :key").param("key", key).update();
		this.tx.execute(
				(status) -> this.outbox.enqueue(key, "tp.cntt@so.gov.vn", "notice", Map.of("name", "Phan Thanh Tùng",
						"subject", "Thử liên kết", "body", "Thử liên kết", "lines", List.of(), "link", "/tasks/7")));
		String text = this.jdbc.sql("SELECT body_text FROM mail_outbox WHERE idempotency_key = :key")
			.param("key", key)
			.query(String.class)
			.single();
		assertThat(text).contains("http://localhost:" + this.port + "/tasks/7").doesNotContain("localhost:8080");
	}

}
