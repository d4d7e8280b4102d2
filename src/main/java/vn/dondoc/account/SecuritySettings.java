package vn.dondoc.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login lockout: after {@code maxFailedAttempts} failures in a row, the name is locked
 * for {@code lockDuration}. One address may fail {@code failuresPerAddress} logins per
 * lock duration, whichever names it tries; then its attempts are refused unread for a
 * while, so that nobody can lock everyone's account from one machine.
 */
@ConfigurationProperties("dondoc.security")
public record SecuritySettings(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration,
		@DefaultValue("20") int failuresPerAddress) {
}
