package vn.dondoc.account;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login lockout: after {@code maxFailedAttempts} failures in a row, the name is locked
 * for {@code lockDuration}.
 */
@ConfigurationProperties("dondoc.security")
public record SecuritySettings(@DefaultValue("5") int maxFailedAttempts, @DefaultValue("15m") Duration lockDuration) {
}
