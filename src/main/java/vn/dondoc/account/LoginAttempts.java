package vn.dondoc.account;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed logins per submitted name and address, whether or not an account of that
 * name exists, so that the lockout answer is the same for both and reveals nothing. A
 * lock holds the name from that address only: a stranger's failures do not keep the owner
 * out (the address itself is throttled apart, {@link RateLimits}).
 */
@Component
class LoginAttempts {

	private final JdbcClient jdbc;

	private final SecuritySettings settings;

	private final Clock clock;

	LoginAttempts(JdbcClient jdbc, SecuritySettings settings, Clock clock) {
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether the name is locked from any address (for the administrator). */
	@Transactional(readOnly = true)
	public boolean isLocked(String username) {
		return this.jdbc.sql("SELECT count(*) FROM login_attempt WHERE username = :u AND locked_until > :now")
			.param("u", key(username))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single() > 0;
	}

	/** Whether the name is locked from this address. */
	@Transactional(readOnly = true)
	public boolean isLocked(String username, String address) {
		return this.jdbc
			.sql("SELECT count(*) FROM login_attempt WHERE username = :u AND address = :a AND locked_until > :now")
			.param("u", key(username))
			.param("a", address(address))
			.param("now", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single() > 0;
	}

	/**
	 * Counts a failure from an address; the failure that reaches the limit locks the name
	 * from it. Failures after an expired lock start counting again from one.
	 * @return whether this failure locked the name
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public boolean recordFailure(String username, String address) {
		Instant now = this.clock.instant();
		return this.jdbc.sql("""
				INSERT INTO login_attempt AS a (username, address, failures, last_failure_at, locked_until)
				VALUES (:u, :a, 1, :now, CASE WHEN 1 >= :max THEN CAST(:until AS timestamptz) END)
				ON CONFLICT (username, address) DO UPDATE SET
				  failures = CASE WHEN a.locked_until IS NOT NULL THEN 1 ELSE a.failures + 1 END,
				  last_failure_at = :now,
				  locked_until = CASE
				    WHEN (CASE WHEN a.locked_until IS NOT NULL THEN 1 ELSE a.failures + 1 END) >= :max
				    THEN CAST(:until AS timestamptz) END
				RETURNING locked_until IS NOT NULL
				""")
			.param("u", key(username))
			.param("a", address(address))
			.param("now", Timestamp.from(now))
			.param("max", this.settings.maxFailedAttempts())
			.param("until", Timestamp.from(now.plus(this.settings.lockDuration())))
			.query(Boolean.class)
			.single();
	}

	/** A success from an address: its failures are forgotten (others' stay). */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void clear(String username, String address) {
		this.jdbc.sql("DELETE FROM login_attempt WHERE username = :u AND address = :a")
			.param("u", key(username))
			.param("a", address(address))
			.update();
	}

	/** The administrator unlocks the name from everywhere. */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void clear(String username) {
		this.jdbc.sql("DELETE FROM login_attempt WHERE username = :u").param("u", key(username)).update();
	}

	/**
	 * Which of the given names are locked now.
	 */
	@Transactional(readOnly = true)
	public Set<String> lockedAmong(Collection<String> usernames) {
		if (usernames.isEmpty()) {
			return Set.of();
		}
		List<String> locked = this.jdbc
			.sql("SELECT DISTINCT username FROM login_attempt WHERE username IN (:names) AND locked_until > :now")
			.param("names", usernames.stream().map(LoginAttempts::key).toList())
			.param("now", Timestamp.from(this.clock.instant()))
			.query(String.class)
			.list();
		return Set.copyOf(locked);
	}

	static String address(String address) {
		String value = (address != null) ? address.strip() : "";
		return (value.length() > 64) ? value.substring(0, 64) : value;
	}

	static String key(String username) {
		String name = (username != null) ? username.strip().toLowerCase(Locale.ROOT) : "";
		return (name.length() > 60) ? name.substring(0, 60) : name;
	}

}
