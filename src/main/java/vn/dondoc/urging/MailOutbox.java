package vn.dondoc.urging;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import vn.dondoc.common.Vietnamese;

/**
 * Queues a mail in the transaction of the change that causes it. The body comes from two
 * Thymeleaf templates, {@code mail/NAME.html} and {@code mail/NAME.txt}; the subject is
 * the HTML template's title.
 */
@Service
public class MailOutbox {

	private final JdbcClient jdbc;

	private final ITemplateEngine templates;

	private final OutboxSettings settings;

	private final Clock clock;

	private final vn.dondoc.common.PublicAddress address;

	MailOutbox(JdbcClient jdbc, ITemplateEngine templates, OutboxSettings settings, Clock clock,
			vn.dondoc.common.PublicAddress address) {
		this.address = address;
		this.jdbc = jdbc;
		this.templates = templates;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * @param key unique for this message (e.g. {@code digest:2026-11-26:user:12}): a
	 * second call with the same key queues nothing
	 * @return whether the mail was queued now (false: it already was)
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public boolean enqueue(String key, String recipient, String template, Map<String, Object> variables) {
		Context context = new Context(Vietnamese.LOCALE, variables);
		context.setVariable("baseUrl", this.address.get());
		String html = this.templates.process("mail/" + template, context);
		String text = this.templates.process("mail/" + template + ".txt", context);
		String subject = html.replaceAll("(?s).*<title>(.*?)</title>.*", "$1").strip();
		Timestamp now = Timestamp.from(this.clock.instant());
		return this.jdbc.sql("""
				INSERT INTO mail_outbox (idempotency_key, recipient, subject, body_text, body_html, status,
				                         next_attempt_at, created_at)
				VALUES (:key, :to, :subject, :text, :html, 'PENDING', :now, :now)
				ON CONFLICT (idempotency_key) DO NOTHING
				""")
			.param("key", key)
			.param("to", recipient)
			.param("subject", org.springframework.web.util.HtmlUtils.htmlUnescape(subject))
			.param("text", text)
			.param("html", html)
			.param("now", now)
			.update() == 1;
	}

	/**
	 * Drops the unsent and sent mails whose key starts with the prefix (the demo's replay
	 * of history is not to be sent). @return how many
	 */
	public int discard(String keyPrefix) {
		return this.jdbc.sql("DELETE FROM mail_outbox WHERE idempotency_key LIKE :prefix || '%'")
			.param("prefix", keyPrefix)
			.update();
	}

}
