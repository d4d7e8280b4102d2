package vn.dondoc.urging;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dondoc.IntegrationTest;
import vn.dondoc.common.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The outbox against a real SMTP server (GreenMail on the port the application is
 * configured for): queued with the change, sent once, kept and retried while the server
 * is down.
 */
@IntegrationTest
class MailOutboxIT {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	@Autowired
	MailOutbox outbox;

	@Autowired
	OutboxSender sender;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MovableClock clock;

	@Autowired
	org.springframework.context.ApplicationContext context;

	/**
	 * With {@code dondoc.scheduling.enabled=false} no job runs by itself: a library that
	 * switched scheduling on (Spring Modulith's moments did) would have the outbox send
	 * every 30 s behind the tests' backs, without its lock.
	 */
	@Test
	void scheduledJobsAreOffWhenSchedulingIsDisabled() {
		assertThat(this.context
			.getBeanNamesForType(org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor.class))
			.isEmpty();
	}

	@BeforeEach
	@AfterEach
	void clean() {
		this.clock.reset();
		this.jdbc.sql("DELETE FROM mail_outbox").update();
	}

	boolean enqueue(String key) {
		return Boolean.TRUE
			.equals(this.tx.execute((status) -> this.outbox.enqueue(key, "tp.cntt@so.gov.vn", "task-reminder",
					Map.of("name", "Phan Thanh Tùng", "overdueCount", 0, "upcomingCount", 2, "tasks",
							List.of(Map.of("id", 5, "title", "Báo cáo chuyển đổi số", "deadline", "28/11/2026",
									"overdueDays", 0),
									Map.of("id", 7, "title", "Rà soát an toàn thông tin", "deadline", "30/11/2026",
											"overdueDays", 0))))));
	}

	String status(String key) {
		return this.jdbc.sql("SELECT status || ':' || attempts FROM mail_outbox WHERE idempotency_key = :k")
			.param("k", key)
			.query(String.class)
			.single();
	}

	@Test
	void aQueuedMailIsSentOnceInVietnameseWithLinksToTheTasks() throws Exception {
		assertThat(enqueue("test:sent-once")).isTrue();
		assertThat(enqueue("test:sent-once")).as("the same key queues nothing").isFalse();
		assertThat(smtp.getReceivedMessages()).isEmpty();
		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(this.sender.sendDue()).isZero();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(1);
		assertThat(received[0].getSubject()).isEqualTo("Nhắc việc: 2 nhiệm vụ sắp đến hạn hoặc quá hạn");
		String body = GreenMailUtil.getBody(received[0]);
		assertThat(body).contains("/tasks/5").contains("/tasks/7");
		assertThat(status("test:sent-once")).isEqualTo("SENT:1");
	}

	@Test
	void aRolledBackChangeSendsNothing() {
		this.tx.execute((status) -> {
			this.outbox.enqueue("test:rolled-back", "a@so.gov.vn", "task-reminder",
					Map.of("name", "A", "tasks", List.of()));
			status.setRollbackOnly();
			return null;
		});
		assertThat(this.sender.sendDue()).isZero();
		assertThat(smtp.getReceivedMessages()).isEmpty();
	}

	@Test
	void whenTheMailServerIsDownNothingIsLostAndItIsSentOnceItIsBack() throws Exception {
		smtp.stop();
		enqueue("test:server-down");
		assertThat(this.sender.sendDue()).isZero();
		assertThat(status("test:server-down")).isEqualTo("PENDING:1");
		smtp.start();
		assertThat(this.sender.sendDue()).as("it waits before the next attempt").isZero();
		this.clock.moveTo(this.clock.instant().plus(Duration.ofMinutes(2)));
		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(this.sender.sendDue()).isZero();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		assertThat(status("test:server-down")).isEqualTo("SENT:2");
	}

	@Test
	void aMailThatKeepsFailingIsLeftForTheAdministratorWhoCanSendItAgain() throws Exception {
		smtp.stop();
		enqueue("test:keeps-failing");
		Instant now = this.clock.instant();
		for (int attempt = 1; attempt <= 8; attempt++) {
			now = now.plus(Duration.ofHours(2));
			this.clock.moveTo(now);
			this.sender.sendDue();
		}
		assertThat(status("test:keeps-failing")).isEqualTo("FAILED:8");
		long id = this.jdbc.sql("SELECT id FROM mail_outbox WHERE idempotency_key = 'test:keeps-failing'")
			.query(Long.class)
			.single();
		smtp.start();
		this.sender.resend(id);
		assertThat(this.sender.sendDue()).isEqualTo(1);
		assertThat(smtp.getReceivedMessages()).hasSize(1);
	}

}
