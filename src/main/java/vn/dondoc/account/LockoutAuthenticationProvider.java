package vn.dondoc.account;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Password login with lockout: a locked name is refused before its password is even
 * looked at, so a correct password during the lock does not tell an attacker anything
 * either.
 */
class LockoutAuthenticationProvider implements AuthenticationProvider {

	private final AuthenticationProvider passwords;

	private final LoginAttempts attempts;

	LockoutAuthenticationProvider(AuthenticationProvider passwords, LoginAttempts attempts) {
		this.passwords = passwords;
		this.attempts = attempts;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		if (this.attempts.isLocked(username)) {
			throw new LockedException("Locked");
		}
		try {
			Authentication result = this.passwords.authenticate(authentication);
			this.attempts.clear(username);
			return result;
		}
		catch (BadCredentialsException ex) {
			if (this.attempts.recordFailure(username)) {
				throw new LockedException("Locked", ex);
			}
			throw ex;
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
