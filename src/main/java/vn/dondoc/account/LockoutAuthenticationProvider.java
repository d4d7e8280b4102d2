package vn.dondoc.account;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import vn.dondoc.common.RateLimits;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Password login with lockout: a name locked from an address is refused from it before
 * its password is even looked at, so a correct password during the lock does not tell an
 * attacker anything either; from another address its owner still signs in.
 */
public class LockoutAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginAttempts attempts;

	private final RateLimits addresses;

	private final ApplicationEventPublisher events;

	LockoutAuthenticationProvider(AuthenticationProvider passwords, LoginAttempts attempts, RateLimits addresses,
			ApplicationEventPublisher events) {
		this.passwords = passwords;
		this.attempts = attempts;
		this.addresses = addresses;
		this.events = events;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		String address = (authentication.getDetails() instanceof WebAuthenticationDetails details)
				? details.getRemoteAddress() : null;
		// An address that failed too often is refused before any name is looked at, and
		// its attempts count against nobody's account.
		if (address != null && this.addresses.exhausted(address)) {
			throw new TooManyAttempts();
		}
		if (this.attempts.isLocked(username, address)) {
			throw new LockedException("Locked");
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.attempts.clear(username, address);
			return result;
		}
		catch (BadCredentialsException ex) {
			if (address != null) {
				this.addresses.take(address);
			}
			if (this.attempts.recordFailure(username, address)) {
				this.events.publishEvent(new AccountLocked(LoginAttempts.key(username), address));
				throw new LockedException("Locked", ex);
			}
			throw ex;
		}
	}

	/** Too many failed logins from one address: wait before trying again. */
	public static final class TooManyAttempts extends AuthenticationException {

		private static final long serialVersionUID = 1L;

		TooManyAttempts() {
			super("Too many failed logins from this address");
		}

	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
