package vn.dondoc.urging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the outbox sends.
 *
 * @param from the sender address
 * @param batch mails sent per run of the job
 * @param maxAttempts attempts before a mail is marked failed for the administrator
 * @param firstRetry the wait after the first failure; each further failure doubles it
 * @param maxRetry the longest wait between attempts
 */
@ConfigurationProperties("dondoc.mail")
record OutboxSettings(@DefaultValue("dondoc@localhost") String from, @DefaultValue("50") int batch,
		@DefaultValue("8") int maxAttempts, @DefaultValue("1m") Duration firstRetry,
		@DefaultValue("1h") Duration maxRetry) {

	/**
	 * The wait after the given number of failed attempts: 1, 2, 4 … minutes, at most an
	 * hour.
	 */
	Duration retryAfter(int attempts) {
		Duration wait = this.firstRetry.multipliedBy(1L << Math.min(attempts - 1, 20));
		return (wait.compareTo(this.maxRetry) > 0) ? this.maxRetry : wait;
	}

}
