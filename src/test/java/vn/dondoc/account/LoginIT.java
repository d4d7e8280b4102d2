package vn.dondoc.account;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dondoc.DemoUsers;
import vn.dondoc.IntegrationTest;
import vn.dondoc.Pages;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Logging in for real through the filter chain: lockout, the forced password change after
 * a reset, CSRF, and the audit rows that logins and account changes leave.
 */
@IntegrationTest
class LoginIT {

	@Autowired
	java.time.Clock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	UserManagement users;

	@Autowired
	UnitManagement units;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate tx;

	private User newUser(String password) {
		String name = "u" + UUID.randomUUID().toString().substring(0, 8);
		long unit = this.units.activeTree().get(1).id();
		return this.tx.execute((status) -> this.users.create(name, "Người Thử Nghiệm", null, null, unit,
				EnumSet.of(Role.STAFF), password));
	}

	private void changePasswordDirectly(User user, String password) {
		// A fresh account must change its temporary password; do that through the service
		// so that
		// lockout tests start from an ordinary account.
		this.tx.executeWithoutResult(
				(status) -> this.users.changeOwnPassword(user.getId(), "tam-thoi-123", password, null, null));
	}

	/** An account whose owner has already chosen the password {@code dung-mat-khau-1}. */
	private User newOrdinaryUser() {
		User user = newUser("tam-thoi-123");
		changePasswordDirectly(user, "dung-mat-khau-1");
		return user;
	}

	private void lockOut(String username) throws Exception {
		for (int i = 1; i <= 5; i++) {
			this.mvc.perform(formLogin().user(username).password("sai"));
		}
	}

	@Nested
	class Lockout {

		@Test
		void fiveFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
			User user = newOrdinaryUser();
			for (int i = 1; i <= 4; i++) {
				LoginIT.this.mvc.perform(formLogin().user(user.getUsername()).password("sai-" + i))
					.andExpect(redirectedUrl("/login?error"));
			}
			LoginIT.this.mvc.perform(formLogin().user(user.getUsername()).password("sai-5"))
				.andExpect(redirectedUrl("/login?locked"));
			LoginIT.this.mvc.perform(formLogin().user(user.getUsername()).password("dung-mat-khau-1"))
				.andExpect(redirectedUrl("/login?locked"));
		}

		@Test
		void theLoginPageStatesTheLockoutRuleInForce() throws Exception {
			assertThat(LoginIT.this.mvc.perform(get("/login").param("locked", ""))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("Tài khoản đang tạm khóa").contains("thử lại sau 15 phút");
			assertThat(LoginIT.this.mvc.perform(get("/login").param("error", ""))
				.andReturn()
				.getResponse()
				.getContentAsString()).contains("Sau 5 lần nhập sai liên tiếp, tài khoản bị tạm khóa 15 phút.");
		}

		@Test
		void anUnknownNameIsLockedTheSameWaySoTheAnswerRevealsNothing() throws Exception {
			String ghost = "khong-ton-tai-" + UUID.randomUUID().toString().substring(0, 6);
			for (int i = 1; i <= 4; i++) {
				LoginIT.this.mvc.perform(formLogin().user(ghost).password("x"))
					.andExpect(redirectedUrl("/login?error"));
			}
			LoginIT.this.mvc.perform(formLogin().user(ghost).password("x")).andExpect(redirectedUrl("/login?locked"));
		}

		@Test
		void theLockEndsAfterItsDurationAndTheCountStartsAgain() throws Exception {
			User user = newOrdinaryUser();
			lockOut(user.getUsername());
			// Fifteen minutes pass.
			LoginIT.this.jdbc.sql("UPDATE login_attempt SET locked_until = :past WHERE username = :u")
				.param("past", java.sql.Timestamp.from(LoginIT.this.clock.instant().minusSeconds(1)))
				.param("u", user.getUsername())
				.update();
			LoginIT.this.mvc.perform(formLogin().user(user.getUsername()).password("sai"))
				.andExpect(redirectedUrl("/login?error"));
			LoginIT.this.mvc.perform(formLogin().user(user.getUsername()).password("dung-mat-khau-1"))
				.andExpect(redirectedUrl("/"));
		}

		@Test
		void anAdministratorCanUnlockAnAccount() throws Exception {
			User user = newOrdinaryUser();
			lockOut(user.getUsername());
			assertThat(LoginIT.this.users.isLocked(user.getUsername())).isTrue();
			LoginIT.this.tx.executeWithoutResult((status) -> LoginIT.this.users.unlock(user.getId()));
			LoginIT.this.mvc.perform(formLogin().user(user.getUsername()).password("dung-mat-khau-1"))
				.andExpect(redirectedUrl("/"));
		}

		@Test
		void aDeactivatedAccountCannotLogInAndLooksLikeAWrongPassword() throws Exception {
			User user = newOrdinaryUser();
			long version = LoginIT.this.users.get(user.getId()).getVersion();
			LoginIT.this.tx.executeWithoutResult((status) -> LoginIT.this.users.deactivate(user.getId(), version, -1));
			LoginIT.this.mvc.perform(formLogin().user(user.getUsername()).password("dung-mat-khau-1"))
				.andExpect(redirectedUrl("/login?error"));
		}

	}

	@Nested
	class TemporaryPassword {

		@Test
		void aResetPasswordMustBeChangedBeforeAnythingElse() throws Exception {
			User user = newOrdinaryUser();
			LoginIT.this.tx
				.executeWithoutResult((status) -> LoginIT.this.users.resetPassword(user.getId(), "mat-khau-tam-2"));

			MvcResult login = LoginIT.this.mvc.perform(formLogin().user(user.getUsername()).password("mat-khau-tam-2"))
				.andExpect(redirectedUrl("/"))
				.andReturn();
			// Sessions live in PostgreSQL (Spring Session): the cookie names the session.
			Cookie session = login.getResponse().getCookie("SESSION");

			LoginIT.this.mvc.perform(get("/").cookie(session)).andExpect(redirectedUrl("/profile/password"));
			LoginIT.this.mvc.perform(get("/profile").cookie(session)).andExpect(redirectedUrl("/profile/password"));
			LoginIT.this.mvc.perform(get("/profile/password").cookie(session)).andExpect(status().isOk());

			LoginIT.this.mvc
				.perform(post("/profile/password").cookie(session)
					.with(csrf())
					.param("currentPassword", "mat-khau-tam-2")
					.param("newPassword", "mat-khau-moi-3")
					.param("confirmPassword", "mat-khau-moi-3"))
				.andExpect(redirectedUrl("/"));

			LoginIT.this.mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
			assertThat(LoginIT.this.users.get(user.getId()).isMustChangePassword()).isFalse();
			LoginIT.this.mvc.perform(formLogin().user(user.getUsername()).password("mat-khau-moi-3"))
				.andExpect(redirectedUrl("/"));
		}

		@Test
		void aWrongCurrentPasswordIsShownBesideTheFieldAndChangesNothing() throws Exception {
			User user = newUser("tam-thoi-123");
			MvcResult login = LoginIT.this.mvc.perform(formLogin().user(user.getUsername()).password("tam-thoi-123"))
				.andReturn();
			// Sessions live in PostgreSQL (Spring Session): the cookie names the session.
			Cookie session = login.getResponse().getCookie("SESSION");
			String page = Pages.ok(LoginIT.this.mvc,
					post("/profile/password").cookie(session)
						.with(csrf())
						.param("currentPassword", "sai-roi")
						.param("newPassword", "mat-khau-moi-3")
						.param("confirmPassword", "mat-khau-moi-3"));
			assertThat(page).contains("Mật khẩu hiện tại không đúng.");
			assertThat(LoginIT.this.users.get(user.getId()).isMustChangePassword()).isTrue();
		}

	}

	@Nested
	class Csrf {

		@Test
		@WithUserDetails("admin")
		void aFormPostedWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
			long before = LoginIT.this.jdbc.sql("SELECT count(*) FROM unit").query(Long.class).single();
			LoginIT.this.mvc.perform(
					post("/admin/units").param("code", "CSRF1").param("name", "Không hợp lệ").param("kind", "DIVISION"))
				.andExpect(status().isForbidden());
			LoginIT.this.mvc
				.perform(post("/admin/units").with(csrf().useInvalidToken())
					.param("code", "CSRF2")
					.param("name", "Không hợp lệ")
					.param("kind", "DIVISION"))
				.andExpect(status().isForbidden());
			assertThat(LoginIT.this.jdbc.sql("SELECT count(*) FROM unit").query(Long.class).single()).isEqualTo(before);
		}

		@Test
		void theLoginFormItselfNeedsTheToken() throws Exception {
			LoginIT.this.mvc.perform(post("/login").param("username", "admin").param("password", DemoUsers.PASSWORD))
				.andExpect(status().isForbidden());
		}

	}

	@Nested
	class Audit {

		@Test
		void loginsAreRecordedWithTheirOutcomeAndAddress() throws Exception {
			User user = newUser("tam-thoi-123");
			LoginIT.this.mvc.perform(formLogin().user(user.getUsername()).password("sai"));
			LoginIT.this.mvc.perform(formLogin().user(user.getUsername()).password("tam-thoi-123"));
			List<Map<String, Object>> rows = LoginIT.this.jdbc
				.sql("SELECT action, ip FROM audit_event WHERE actor = :u ORDER BY id")
				.param("u", user.getUsername())
				.query()
				.listOfRows();
			assertThat(rows).extracting((row) -> row.get("action")).containsExactly("LOGIN_FAILED", "LOGIN_SUCCEEDED");
			assertThat(rows).extracting((row) -> row.get("ip")).containsOnly("127.0.0.1");
		}

		@Test
		void accountChangesAreRecordedWithTheStateBeforeAndAfter() {
			User user = newUser("tam-thoi-123");
			long otherUnit = LoginIT.this.units.activeTree().get(2).id();
			LoginIT.this.tx.executeWithoutResult((status) -> LoginIT.this.users.update(user.getId(), user.getVersion(),
					"Tên Mới", "moi@example.vn", "Chuyên viên chính", otherUnit, EnumSet.of(Role.STAFF, Role.OFFICE)));
			Map<String, Object> row = LoginIT.this.jdbc.sql("""
					SELECT before_state ->> 'fullName' AS before_name, after_state ->> 'fullName' AS after_name,
					       after_state -> 'roles' AS roles
					FROM audit_event WHERE entity_type = 'USER' AND entity_id = :id AND action = 'USER_UPDATED'
					""").param("id", user.getId()).query().singleRow();
			assertThat(row.get("before_name")).isEqualTo("Người Thử Nghiệm");
			assertThat(row.get("after_name")).isEqualTo("Tên Mới");
			assertThat(String.valueOf(row.get("roles"))).contains("OFFICE", "STAFF");
		}

		@Test
		void theAuditTrailCannotBeChangedOrDeleted() {
			org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
					() -> LoginIT.this.jdbc.sql("UPDATE audit_event SET actor = 'x'").update());
			org.junit.jupiter.api.Assertions.assertThrows(Exception.class,
					() -> LoginIT.this.jdbc.sql("DELETE FROM audit_event").update());
		}

	}

}
