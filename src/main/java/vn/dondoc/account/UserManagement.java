package vn.dondoc.account;

import java.time.Clock;
import java.util.Map;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.dondoc.audit.AuditTrail;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.organisation.UnitManagement;

/**
 * Creating and changing accounts, and passwords.
 */
@Service
@Transactional
public class UserManagement {

	static final String AUDIT_TYPE = "USER";

	/** Shorter passwords are refused. */
	public static final int MIN_PASSWORD_LENGTH = 8;

	private final Users users;

	private final UnitManagement units;

	private final PasswordEncoder encoder;

	private final LoginAttempts attempts;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final PasswordPolicy passwords;

	UserManagement(Users users, UnitManagement units, PasswordEncoder encoder, LoginAttempts attempts, AuditTrail audit,
			Clock clock, ApplicationEventPublisher events, PasswordPolicy passwords) {
		this.passwords = passwords;
		this.users = users;
		this.units = units;
		this.encoder = encoder;
		this.attempts = attempts;
		this.audit = audit;
		this.clock = clock;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public User get(long id) {
		return this.users.findById(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/**
	 * A new account with a temporary password that its owner must change at the first
	 * login.
	 */
	public User create(String username, String fullName, String email, String position, Long unitId, Set<Role> roles,
			String temporaryPassword) {
		String name = username.strip();
		if (this.users.usernameTaken(name)) {
			throw new RuleViolation("username", "user.username.taken");
		}
		checkUnit(unitId);
		checkRoles(roles);
		this.passwords.check(temporaryPassword, name, fullName, "temporaryPassword");
		User user = new User(name, fullName, unitId, roles, this.encoder.encode(temporaryPassword),
				this.clock.instant());
		user.describe(fullName, email, position);
		this.users.save(user);
		this.audit.recordChange("USER_CREATED", AUDIT_TYPE, user.getId(), user.getUsername(), null, user.auditState());
		return user;
	}

	public User update(long id, long version, String fullName, String email, String position, Long unitId,
			Set<Role> roles) {
		User user = load(id, version);
		if (!unitId.equals(user.getUnitId())) {
			checkUnit(unitId);
		}
		checkRoles(roles);
		Map<String, Object> before = user.auditState();
		int epoch = user.getAuthEpoch();
		user.describe(fullName, email, position);
		user.moveToUnit(unitId);
		user.assignRoles(roles);
		this.users.saveAndFlush(user);
		this.audit.recordChange("USER_UPDATED", AUDIT_TYPE, id, user.getUsername(), before, user.auditState());
		if (user.getAuthEpoch() != epoch) {
			this.events.publishEvent(new AccessChanged(user.getUsername(), null));
		}
		return user;
	}

	public void resetPassword(long id, String temporaryPassword) {
		User user = get(id);
		this.passwords.check(temporaryPassword, user.getUsername(), user.getFullName(), "temporaryPassword");
		Map<String, Object> before = user.auditState();
		user.resetPassword(this.encoder.encode(temporaryPassword), this.clock.instant());
		this.users.saveAndFlush(user);
		this.attempts.clear(user.getUsername());
		this.events.publishEvent(new AccessChanged(user.getUsername(), null));
		this.audit.recordChange("USER_PASSWORD_RESET", AUDIT_TYPE, id, user.getUsername(), before, user.auditState());
	}

	@Transactional(readOnly = true)
	public boolean isLocked(String username) {
		return this.attempts.isLocked(username);
	}

	public void unlock(long id) {
		User user = get(id);
		this.attempts.clear(user.getUsername());
		this.audit.recordChange("USER_UNLOCKED", AUDIT_TYPE, id, user.getUsername(), null, null);
	}

	public void deactivate(long id, long version, long actingUserId) {
		if (id == actingUserId) {
			throw new RuleViolation(null, "user.deactivate.self");
		}
		User user = load(id, version);
		Map<String, Object> before = user.auditState();
		user.deactivate();
		this.users.saveAndFlush(user);
		this.events.publishEvent(new AccessChanged(user.getUsername(), null));
		this.audit.recordChange("USER_DEACTIVATED", AUDIT_TYPE, id, user.getUsername(), before, user.auditState());
	}

	public void activate(long id, long version) {
		User user = load(id, version);
		Map<String, Object> before = user.auditState();
		user.activate();
		this.users.saveAndFlush(user);
		this.audit.recordChange("USER_ACTIVATED", AUDIT_TYPE, id, user.getUsername(), before, user.auditState());
	}

	/**
	 * The signed-in person changes their own password; the current one must be given.
	 * Their other sessions end; the one named goes on.
	 * @return the account's new epoch, for the session that goes on
	 */
	public int changeOwnPassword(long id, String currentPassword, String newPassword, String keepSessionId,
			String address) {
		User user = get(id);
		// Guessing the current password from a session counts as guessing it at the
		// login: the same limit locks the name from that address.
		if (this.attempts.isLocked(user.getUsername(), address)) {
			throw new RuleViolation("currentPassword", "password.current.locked");
		}
		if (!this.encoder.matches(currentPassword, user.getPasswordHash())) {
			if (this.attempts.recordFailure(user.getUsername(), address)) {
				this.events.publishEvent(new AccountLocked(LoginAttempts.key(user.getUsername()), address));
				throw new RuleViolation("currentPassword", "password.current.locked");
			}
			throw new RuleViolation("currentPassword", "password.current.wrong");
		}
		this.attempts.clear(user.getUsername(), address);
		if (this.encoder.matches(newPassword, user.getPasswordHash())) {
			throw new RuleViolation("newPassword", "password.new.same");
		}
		this.passwords.check(newPassword, user.getUsername(), user.getFullName(), "newPassword");
		Map<String, Object> before = user.auditState();
		user.changePassword(this.encoder.encode(newPassword), this.clock.instant());
		this.users.saveAndFlush(user);
		this.audit.recordChange("USER_PASSWORD_CHANGED", AUDIT_TYPE, id, user.getUsername(), before, user.auditState());
		this.events.publishEvent(new AccessChanged(user.getUsername(), keepSessionId));
		return user.getAuthEpoch();
	}

	private User load(long id, long version) {
		User user = get(id);
		if (user.getVersion() != version) {
			throw new OptimisticLockingFailureException("User " + id + " was changed by someone else");
		}
		return user;
	}

	private void checkUnit(Long unitId) {
		if (!this.units.isActiveUnit(unitId)) {
			throw new RuleViolation("unitId", "user.unit.invalid");
		}
	}

	private static void checkRoles(Set<Role> roles) {
		if (roles == null || roles.isEmpty()) {
			throw new RuleViolation("roles", "user.roles.required");
		}
	}

}
