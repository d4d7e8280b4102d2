package vn.dondoc.account;

import java.time.Clock;
import java.util.Set;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Creates ready-to-use accounts for the demo data. The shared password is hashed once:
 * bcrypt is slow on purpose, and twenty hashes of the same password would add seconds to
 * the first start.
 */
@Component
public class AccountSeeding {

	private final Users users;

	private final PasswordEncoder encoder;

	private final Clock clock;

	AccountSeeding(Users users, PasswordEncoder encoder, Clock clock) {
		this.users = users;
		this.encoder = encoder;
		this.clock = clock;
	}

	/**
	 * Hashes the shared demo password once, to be passed to every {@link #create} call.
	 */
	public String hash(String password) {
		return this.encoder.encode(password);
	}

	public User create(String username, String fullName, String position, Long unitId, Set<Role> roles,
			String passwordHash) {
		User user = new User(username, fullName, unitId, roles, passwordHash, this.clock.instant());
		user.describe(fullName, username + "@dondoc.local", position);
		user.setPermanentPassword(passwordHash, this.clock.instant());
		return this.users.save(user);
	}

}
