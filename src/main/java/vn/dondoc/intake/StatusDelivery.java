package vn.dondoc.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Posts the status messages to the document system's address
 * ({@code dondoc.intake.status-url}) as they are made, one transaction per message under
 * a row lock other nodes skip; a refused or failed delivery is tried again after a pause
 * that doubles each time (from {@code dondoc.intake.status-retry}, at most a day). The
 * feed keeps every message whether delivered or not.
 */
@Component
public class StatusDelivery {

	private static final Log logger = LogFactory.getLog(StatusDelivery.class);

	private static final int BATCH = 100;

	private final JdbcClient jdbc;

	private final TransactionTemplate transactions;

	private final IntakeSettings settings;

	private final Clock clock;

	private final RestClient http;

	StatusDelivery(JdbcClient jdbc, TransactionTemplate transactions, IntakeSettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.transactions = transactions;
		this.settings = settings;
		this.clock = clock;
		JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
				HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
		requests.setReadTimeout(Duration.ofSeconds(30));
		this.http = RestClient.builder().requestFactory(requests).build();
	}

	@Scheduled(fixedDelayString = "${dondoc.intake.status-every:30s}",
			initialDelayString = "${dondoc.intake.status-every:30s}")
	@SchedulerLock(name = "edxml-status", lockAtMostFor = "5m")
	void scheduled() {
		if (this.settings.statusUrl() != null) {
			deliverDue(this.settings.statusUrl());
		}
	}

	/**
	 * Posts every message that is due to this address.
	 * @return how many were delivered
	 */
	public int deliverDue(URI target) {
		int delivered = 0;
		for (int i = 0; i < BATCH; i++) {
			Boolean result = this.transactions.execute((status) -> deliverOne(target));
			if (result == null) {
				break;
			}
			if (result) {
				delivered++;
			}
		}
		return delivered;
	}

	private Boolean deliverOne(URI target) {
		Instant now = this.clock.instant();
		List<Due> due = this.jdbc.sql("""
				SELECT id, xml, attempts FROM edxml_status
				WHERE delivered_at IS NULL AND next_attempt_at <= :now
				ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED
				""")
			.param("now", Timestamp.from(now))
			.query((rs, row) -> new Due(rs.getLong(1), rs.getString(2), rs.getInt(3)))
			.list();
		if (due.isEmpty()) {
			return null;
		}
		long id = due.get(0).id();
		int attempts = due.get(0).attempts() + 1;
		try {
			this.http.post()
				.uri(target)
				.contentType(new MediaType(MediaType.APPLICATION_XML, java.nio.charset.StandardCharsets.UTF_8))
				.header("X-Dondoc-Status-Id", String.valueOf(id))
				.body(due.get(0).xml())
				.retrieve()
				.toBodilessEntity();
			this.jdbc.sql("""
					UPDATE edxml_status SET delivered_at = :now, attempts = :attempts, last_error = NULL WHERE id = :id
					""").param("now", Timestamp.from(now)).param("attempts", attempts).param("id", id).update();
			return true;
		}
		catch (RestClientException ex) {
			String error = String.valueOf(ex.getMessage());
			this.jdbc.sql("""
					UPDATE edxml_status SET attempts = :attempts, next_attempt_at = :next, last_error = :error
					WHERE id = :id
					""")
				.param("attempts", attempts)
				.param("next", Timestamp.from(now.plus(pause(attempts))))
				.param("error", (error.length() > 1000) ? error.substring(0, 1000) : error)
				.param("id", id)
				.update();
			logger.warn("edXML status " + id + " not delivered (attempt " + attempts + "): " + error);
			return false;
		}
	}

	private record Due(long id, String xml, int attempts) {

	}

	/** The pause after this many failed attempts: doubling, at most a day. */
	Duration pause(int attempts) {
		Duration pause = this.settings.statusRetry().multipliedBy(1L << Math.min(attempts - 1, 20));
		return (pause.compareTo(Duration.ofDays(1)) > 0) ? Duration.ofDays(1) : pause;
	}

}
