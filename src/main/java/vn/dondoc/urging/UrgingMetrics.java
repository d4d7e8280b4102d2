package vn.dondoc.urging;

import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What operations watch of the reminders (at {@code /actuator/prometheus}): mails sent
 * and failed, the outbox waiting, and how long each job took.
 */
@Component
class UrgingMetrics {

	private final Counter sent;

	private final Counter failed;

	private final MeterRegistry meters;

	UrgingMetrics(MeterRegistry meters, JdbcClient jdbc) {
		this.meters = meters;
		this.sent = Counter.builder("dondoc.mail.sent").description("Mails handed to the SMTP server").register(meters);
		this.failed = Counter.builder("dondoc.mail.failed")
			.description("Attempts to send a mail that failed")
			.register(meters);
		Gauge.builder("dondoc.mail.outbox",
				() -> jdbc.sql("SELECT count(*) FROM mail_outbox WHERE status = 'PENDING'").query(Long.class).single())
			.description("Mails waiting in the outbox")
			.tag("status", "pending")
			.register(meters);
		Gauge.builder("dondoc.mail.outbox",
				() -> jdbc.sql("SELECT count(*) FROM mail_outbox WHERE status = 'FAILED'").query(Long.class).single())
			.description("Mails waiting in the outbox")
			.tag("status", "failed")
			.register(meters);
	}

	void sent() {
		this.sent.increment();
	}

	void failed() {
		this.failed.increment();
	}

	/** Runs a job and records its duration under its name. */
	<T> T time(String job, Supplier<T> work) {
		return Timer.builder("dondoc.job.duration")
			.description("Duration of the reminder jobs")
			.tag("job", job)
			.register(this.meters)
			.record(work);
	}

}
