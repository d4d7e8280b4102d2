package vn.dondoc.urging;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.dondoc.DondocApplication;
import vn.dondoc.common.MovableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two application nodes on one database, as a Department runs them behind a proxy: both
 * run the reminder jobs at the same moment, several times over, and send the outbox at
 * once. Every mail reaches the SMTP server once, and every reminder is logged once.
 */
class TwoNodesIT {

	static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

	/** Tuesday 8 December 2026: a working day with the second report reminder. */
	static final LocalDate DAY = LocalDate.of(2026, 12, 8);

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

	static final List<ConfigurableApplicationContext> nodes = new ArrayList<>();

	@BeforeAll
	static void start() {
		for (int i = 0; i < 2; i++) {
			// The first node loads the demo directives; the second finds them there.
			nodes.add(new SpringApplicationBuilder(DondocApplication.class).profiles("test")
				.run("--dondoc.embedded-db.database=two_nodes", "--dondoc.test.database=embedded",
						"--dondoc.demo.mode=on", "--server.port=0",
						// The demo's eighteen months end the day before DAY, whatever day
						// the
						// rest of the suite believes it is.
						"--dondoc.clock.start="
								+ DAY.minusDays(1).atTime(LocalTime.of(9, 0)).atZone(VN).toOffsetDateTime()));
		}
	}

	@AfterAll
	static void stop() {
		nodes.forEach(ConfigurableApplicationContext::close);
	}

	@Test
	void bothNodesRunTheJobsTogetherAndEveryMailGoesOnce() throws Exception {
		for (ConfigurableApplicationContext node : nodes) {
			node.getBean(MovableClock.class).moveTo(DAY.atTime(LocalTime.of(7, 0)).atZone(VN).toInstant());
		}
		JdbcClient jdbc = nodes.get(0).getBean(JdbcClient.class);
		jdbc.sql("DELETE FROM mail_outbox").update();

		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<Integer>> runs = new ArrayList<>();
			for (int round = 0; round < 3; round++) {
				for (ConfigurableApplicationContext node : nodes) {
					runs.add(() -> node.getBean(DeadlineDigest.class).run());
					runs.add(() -> node.getBean(MonthlyCycle.class).run());
					runs.add(() -> node.getBean(OutboxSender.class).sendDue());
				}
			}
			for (Future<Integer> run : pool.invokeAll(runs)) {
				run.get();
			}
			List<Callable<Integer>> sends = new ArrayList<>();
			for (ConfigurableApplicationContext node : nodes) {
				sends.add(() -> node.getBean(OutboxSender.class).sendDue());
				sends.add(() -> node.getBean(OutboxSender.class).sendDue());
			}
			for (Future<Integer> send : pool.invokeAll(sends)) {
				send.get();
			}
		}
		finally {
			pool.shutdown();
		}

		int queued = jdbc.sql("SELECT count(*) FROM mail_outbox").query(Integer.class).single();
		assertThat(queued).as("the demo has tasks due and overdue, and the 8th has report reminders").isGreaterThan(10);
		assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE status <> 'SENT'").query(Integer.class).single())
			.isZero();
		MimeMessage[] received = smtp.getReceivedMessages();
		assertThat(received).hasSize(queued);
		Set<String> distinct = new HashSet<>();
		for (MimeMessage message : received) {
			distinct.add(message.getAllRecipients()[0] + " | " + message.getSubject());
		}
		assertThat(distinct).as("no person got the same mail twice").hasSize(queued);
		assertThat(jdbc.sql("""
				SELECT count(*) FROM (SELECT task_id, target_person FROM urge
				WHERE automatic AND note = 'Thư nhắc hạn ngày 08/12/2026' GROUP BY 1, 2 HAVING count(*) > 1) twice
				""").query(Integer.class).single()).as("each reminder logged once").isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM urge WHERE automatic AND note = 'Thư nhắc hạn ngày 08/12/2026'")
			.query(Integer.class)
			.single()).isPositive();
	}

}
