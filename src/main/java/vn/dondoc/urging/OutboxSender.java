package vn.dondoc.urging;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each mail is claimed under a row lock that other nodes
 * skip, marked sent in the same transaction, and on failure waits longer before each new
 * attempt until, after the last, it is left for the administrator.
 */
@Component
public class OutboxSender {

	private static final Log logger = LogFactory.getLog(OutboxSender.class);

	private final JdbcClient jdbc;

	private final JavaMailSender mail;

	private final TransactionTemplate transactions;

	private final OutboxSettings settings;

	private final Clock clock;

	private final UrgingMetrics metrics;

	OutboxSender(JdbcClient jdbc, JavaMailSender mail, TransactionTemplate transactions, OutboxSettings settings,
			Clock clock, UrgingMetrics metrics) {
		this.metrics = metrics;
		this.jdbc = jdbc;
		this.mail = mail;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${dondoc.mail.send-every:30s}", initialDelayString = "${dondoc.mail.send-every:30s}")
	// lockAtMostFor: how long a node that died while sending keeps the others from
	// sending.
	@SchedulerLock(name = "mail-outbox", lockAtMostFor = "${dondoc.mail.lock-at-most-for:5m}")
	void scheduled() {
		this.metrics.time("mail-outbox", this::sendDue);
	}

	/**
	 * Sends every mail that is due, one transaction per mail.
	 * @return how many were sent
	 */
	public int sendDue() {
		int sent = 0;
		for (int i = 0; i < this.settings.batch(); i++) {
			Boolean result = this.transactions.execute((status) -> sendOne());
			if (result == null) {
				break;
			}
			if (result) {
				sent++;
			}
		}
		return sent;
	}

	/**
	 * @return true: sent; false: failed this time; null: nothing due
	 */
	private Boolean sendOne() {
		Instant now = this.clock.instant();
		List<Queued> due = this.jdbc.sql("""
				SELECT id, recipient, subject, body_text, body_html, attempts FROM mail_outbox
				WHERE status = 'PENDING' AND next_attempt_at <= :now
				ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
				""")
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new Queued(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getInt(6)))
			.list();
		if (due.isEmpty()) {
			return null;
		}
		Queued mail = due.get(0);
		try {
			MimeMessage message = this.mail.createMimeMessage();
			MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
			helper.setFrom(this.settings.from());
			helper.setTo(mail.recipient());
			helper.setSubject(mail.subject());
			helper.setText(mail.text(), mail.html());
			this.mail.send(message);
			this.jdbc
				.sql("UPDATE mail_outbox SET status = 'SENT', sent_at = :now, attempts = attempts + 1,"
						+ " last_error = NULL WHERE id = :id")
				.param("now", Timestamp.from(now))
				.param("id", mail.id())
				.update();
			this.metrics.sent();
			return true;
		}
		catch (MailException | MessagingException ex) {
			this.metrics.failed();
			int attempts = mail.attempts() + 1;
			boolean givenUp = attempts >= this.settings.maxAttempts();
			String error = String.valueOf(ex.getMessage());
			this.jdbc
				.sql("UPDATE mail_outbox SET attempts = :attempts, status = :status, next_attempt_at = :next,"
						+ " last_error = :error WHERE id = :id")
				.param("attempts", attempts)
				.param("status", givenUp ? "FAILED" : "PENDING")
				.param("next", Timestamp.from(now.plus(this.settings.retryAfter(attempts))))
				.param("error", (error.length() > 1000) ? error.substring(0, 1000) : error)
				.param("id", mail.id())
				.update();
			logger.warn(
					"Mail " + mail.id() + " to " + mail.recipient() + " not sent (attempt " + attempts + "): " + error);
			return false;
		}
	}

	/** Puts a failed mail back in the queue, to be sent at the next run. */
	public void resend(long id) {
		this.jdbc
			.sql("UPDATE mail_outbox SET status = 'PENDING', attempts = 0, next_attempt_at = :now"
					+ " WHERE id = :id AND status = 'FAILED'")
			.param("now", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.update();
	}

	private record Queued(long id, String recipient, String subject, String text, String html, int attempts) {
	}

}
