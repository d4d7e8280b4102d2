package vn.dondoc.account;

import java.time.Duration;
import java.util.EnumSet;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dondoc.IntegrationTest;
import vn.dondoc.common.RateLimits;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * One machine may not lock everyone's account: past a number of failed logins its
 * attempts are refused unread and count against no account. And the owner of an account
 * that does get locked is told, in the app and by e-mail.
 */
@IntegrationTest
class LoginThrottleIT {

	@Autowired
	MockMvc mvc;

	@Autowired
	LoginAttempts attempts;

	@Autowired
	AccountUserDetailsService accounts;

	@Autowired
	PasswordEncoder encoder;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	UserManagement users;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	User person(String email) {
		String name = "t" + UUID.randomUUID().toString().substring(0, 8);
		long unit = this.units.activeTree().get(1).id();
		User user = this.tx.execute((status) -> this.users.create(name, "Người Thử Khóa", email, null, unit,
				EnumSet.of(Role.STAFF), "tam-thoi-123"));
		this.tx.executeWithoutResult(
				(status) -> this.users.changeOwnPassword(user.getId(), "tam-thoi-123", "rieng-cua-toi-42", null, null));
		return user;
	}

	static UsernamePasswordAuthenticationToken login(String username, String password, String address) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setRemoteAddr(address);
		token.setDetails(new WebAuthenticationDetails(request));
		return token;
	}

	@Test
	void anAddressThatFailedTooOftenIsRefusedAndCountsAgainstNobody() {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(this.accounts);
		passwords.setPasswordEncoder(this.encoder);
		LockoutAuthenticationProvider provider = new LockoutAuthenticationProvider(passwords, this.attempts,
				new RateLimits(3, Duration.ofMinutes(15)), this.events);
		User victim = person(null);
		for (int i = 0; i < 3; i++) {
			String name = "khong-co-" + i;
			assertThatThrownBy(() -> provider.authenticate(login(name, "sai", "10.1.1.1")))
				.isInstanceOf(BadCredentialsException.class);
		}
		// The fourth attempt from there is refused before any password is read, even the
		// right one, and the victim's count does not move.
		assertThatThrownBy(() -> provider.authenticate(login(victim.getUsername(), "sai", "10.1.1.1")))
			.isInstanceOf(LockoutAuthenticationProvider.TooManyAttempts.class);
		assertThatThrownBy(() -> provider.authenticate(login(victim.getUsername(), "rieng-cua-toi-42", "10.1.1.1")))
			.isInstanceOf(LockoutAuthenticationProvider.TooManyAttempts.class);
		assertThat(this.jdbc.sql("SELECT count(*) FROM login_attempt WHERE username = :u")
			.param("u", LoginAttempts.key(victim.getUsername()))
			.query(Long.class)
			.single()).isZero();
		// From another machine the owner signs in as usual.
		assertThat(provider.authenticate(login(victim.getUsername(), "rieng-cua-toi-42", "10.1.1.2")).isAuthenticated())
			.isTrue();
	}

	@Test
	void aStrangersFailuresLockTheNameOnlyFromTheirAddress() {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(this.accounts);
		passwords.setPasswordEncoder(this.encoder);
		LockoutAuthenticationProvider provider = new LockoutAuthenticationProvider(passwords, this.attempts,
				new RateLimits(100, Duration.ofMinutes(15)), this.events);
		User victim = person(null);
		for (int i = 1; i < 5; i++) {
			assertThatThrownBy(() -> provider.authenticate(login(victim.getUsername(), "sai", "192.0.2.201")))
				.isInstanceOf(BadCredentialsException.class);
		}
		assertThatThrownBy(() -> provider.authenticate(login(victim.getUsername(), "sai", "192.0.2.201")))
			.isInstanceOf(LockedException.class);
		// From the stranger's machine even the right password is refused ...
		assertThatThrownBy(() -> provider.authenticate(login(victim.getUsername(), "rieng-cua-toi-42", "192.0.2.201")))
			.isInstanceOf(LockedException.class);
		// ... while the owner, from their own, signs in; the administrator sees the lock.
		assertThat(provider.authenticate(login(victim.getUsername(), "rieng-cua-toi-42", "10.9.9.9")).isAuthenticated())
			.isTrue();
		assertThat(this.users.isLocked(victim.getUsername())).isTrue();
	}

	@Test
	void aStolenSessionCannotGuessTheCurrentPasswordWithoutLimit() throws Exception {
		User owner = person(null);
		CurrentUser me = (CurrentUser) this.accounts.loadUserByUsername(owner.getUsername());
		for (int i = 1; i <= 5; i++) {
			String page = this.mvc
				.perform(post("/profile/password").with(user(me))
					.with(csrf())
					.param("currentPassword", "doan-sai-" + i)
					.param("newPassword", "Mat-khau-moi-rat-dai-7")
					.param("confirmPassword", "Mat-khau-moi-rat-dai-7"))
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(page).as("attempt %s", i)
				.contains((i < 5) ? "Mật khẩu hiện tại không đúng" : "Nhập sai mật khẩu hiện tại quá nhiều lần");
		}
		// Now even the right one is refused from there, and the password is unchanged.
		String page = this.mvc
			.perform(post("/profile/password").with(user(me))
				.with(csrf())
				.param("currentPassword", "rieng-cua-toi-42")
				.param("newPassword", "Mat-khau-moi-rat-dai-7")
				.param("confirmPassword", "Mat-khau-moi-rat-dai-7"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Nhập sai mật khẩu hiện tại quá nhiều lần");
		assertThat(this.encoder.matches("rieng-cua-toi-42", this.users.get(owner.getId()).getPasswordHash())).isTrue();
	}

	@Test
	void theLoginPageSaysWhyAThrottledAttemptWasRefused() throws Exception {
		assertThat(this.mvc
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/login")
				.param("throttled", ""))
			.andReturn()
			.getResponse()
			.getContentAsString()).contains("Có quá nhiều lần đăng nhập sai từ máy này");
	}

	@Test
	void theOwnerOfALockedAccountIsToldOnce() throws Exception {
		User owner = person("nguoi.thu.khoa@dondoc.local");
		for (int i = 1; i <= 5; i++) {
			this.mvc.perform(formLogin().user(owner.getUsername()).password("sai-" + i));
		}
		assertThat(this.jdbc.sql("SELECT subject FROM mail_outbox WHERE recipient = 'nguoi.thu.khoa@dondoc.local'")
			.query(String.class)
			.list()).containsExactly("Tài khoản của ông/bà đã bị tạm khóa do đăng nhập sai nhiều lần");
		assertThat(this.jdbc
			.sql("SELECT count(*) FROM notification WHERE user_id = :u AND idempotency_key LIKE 'locked:%'")
			.param("u", owner.getId())
			.query(Long.class)
			.single()).isEqualTo(1);
		// Attempts during the lock do not tell them again.
		this.mvc.perform(formLogin().user(owner.getUsername()).password("sai-6"));
		assertThat(this.jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = 'nguoi.thu.khoa@dondoc.local'")
			.query(Long.class)
			.single()).isEqualTo(1);
	}

}
