package vn.dondoc.account;

import java.time.Clock;
import java.util.Set;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.organisation.UnitManagement;

/**
 * On an empty database (a new production installation) creates the {@code admin} account
 * from {@code DONDOC_ADMIN_PASSWORD}, or refuses to start without it. Runs after the demo
 * data, which fills the database on the default run.
 */
@Component
@Order(100)
class InitialAdministrator implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(InitialAdministrator.class);

	private final Users users;

	private final UnitManagement units;

	private final PasswordEncoder encoder;

	private final Clock clock;

	private final String initialPassword;

	private final String organisationName;

	InitialAdministrator(Users users, UnitManagement units, PasswordEncoder encoder, Clock clock,
			@Value("${dondoc.admin.initial-password:}") String initialPassword,
			@Value("${dondoc.organisation.name}") String organisationName) {
		this.users = users;
		this.units = units;
		this.encoder = encoder;
		this.clock = clock;
		this.initialPassword = initialPassword;
		this.organisationName = organisationName;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.users.count() > 0) {
			return;
		}
		if (this.initialPassword == null || this.initialPassword.length() < UserManagement.MIN_PASSWORD_LENGTH) {
			throw new MissingAdminPasswordException();
		}
		long root = this.units.ensureRoot(this.organisationName);
		User admin = new User("admin", "Quản trị hệ thống", root, Set.of(Role.ADMIN), "-", this.clock.instant());
		admin.setPermanentPassword(this.encoder.encode(this.initialPassword), this.clock.instant());
		this.users.save(admin);
		logger.info("Created the initial 'admin' account from DONDOC_ADMIN_PASSWORD");
	}

}
