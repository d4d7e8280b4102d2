package vn.dondoc.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads an active account for login. A deactivated account is answered exactly like an
 * unknown name, so the login page reveals nothing about which accounts exist.
 */
@Service
class AccountUserDetailsService implements UserDetailsService {

	private final Users users;

	AccountUserDetailsService(Users users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public UserDetails loadUserByUsername(String username) {
		return this.users.findByUsername(LoginAttempts.key(username))
			.filter(User::isActive)
			.map(CurrentUser::new)
			.orElseThrow(() -> new UsernameNotFoundException("Bad credentials"));
	}

}
