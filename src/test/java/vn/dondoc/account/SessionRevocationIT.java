package vn.dondoc.account;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dondoc.IntegrationTest;
import vn.dondoc.organisation.UnitManagement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * Two real sessions of one person (logged in through the form, kept in PostgreSQL): when
 * what the person may do changes, the other session is refused on its very next request —
 * a demoted or deactivated administrator keeps no power, and a password change or reset
 * ends the sessions made with the old one.
 */
@IntegrationTest
class SessionRevocationIT {

	static final String PASSWORD = "mot-mat-khau-rieng-7";

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

	User person(Set<Role> roles) {
		String name = "s" + UUID.randomUUID().toString().substring(0, 8);
		long unit = this.units.activeTree().get(1).id();
		User user = this.tx.execute((status) -> this.users.create(name, "Người Thử Phiên", null, null, unit,
				EnumSet.copyOf(roles), "tam-thoi-123"));
		this.tx.executeWithoutResult(
				(status) -> this.users.changeOwnPassword(user.getId(), "tam-thoi-123", PASSWORD, null, null));
		return this.users.get(user.getId());
	}

	Cookie logIn(User user, String password) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(formLogin().user(user.getUsername()).password(password))
			.andReturn()
			.getResponse();
		assertThat(response.getRedirectedUrl()).isEqualTo("/");
		return response.getCookie("SESSION");
	}

	int status(MockHttpServletRequestBuilder request, Cookie session) throws Exception {
		return this.mvc.perform(request.cookie(session)).andReturn().getResponse().getStatus();
	}

	/** Signed out: sent to the login page, not served. */
	void refused(MockHttpServletRequestBuilder request, Cookie session) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request.cookie(session)).andReturn().getResponse();
		assertThat(response.getStatus()).as(request.toString()).isIn(302, 401, 403);
		if (response.getStatus() == 302) {
			assertThat(response.getRedirectedUrl()).endsWith("/login");
		}
	}

	long tokens() {
		return this.jdbc.sql("SELECT count(*) FROM api_token").query(Long.class).single();
	}

	User reload(User user) {
		return this.users.get(user.getId());
	}

	@Test
	void aDemotedAdministratorsOpenSessionLosesEveryAdministrativePower() throws Exception {
		User admin = person(Set.of(Role.ADMIN));
		Cookie session = logIn(admin, PASSWORD);
		assertThat(status(get("/admin/users"), session)).isEqualTo(200);
		assertThat(status(get("/actuator/metrics"), session)).isEqualTo(200);

		User current = reload(admin);
		this.tx.executeWithoutResult((s) -> this.users.update(current.getId(), current.getVersion(),
				current.getFullName(), null, null, current.getUnitId(), EnumSet.of(Role.STAFF)));

		long before = tokens();
		refused(get("/admin/users"), session);
		refused(get("/admin/audit"), session);
		refused(get("/actuator/metrics"), session);
		refused(post("/admin/api-tokens").param("name", "còn quyền?").param("scope", "TASKS_READ").with(csrf()),
				session);
		refused(post("/admin/users").param("username", "ke-gian")
			.param("fullName", "Kẻ Gian")
			.param("unitId", String.valueOf(admin.getUnitId()))
			.param("roles", "ADMIN")
			.param("temporaryPassword", "mot-mat-khau-tam")
			.with(csrf()), session);
		assertThat(tokens()).isEqualTo(before);
		assertThat(this.jdbc.sql("SELECT count(*) FROM app_user WHERE username = 'ke-gian'").query(Long.class).single())
			.isZero();
		// Signed in again, the person has what the new roles give: no administration.
		Cookie again = logIn(admin, PASSWORD);
		assertThat(status(get("/admin/users"), again)).isEqualTo(403);
		assertThat(status(get("/"), again)).isEqualTo(200);
	}

	@Test
	void aDemotedLeaderLosesTheLeadersPages() throws Exception {
		User leader = person(Set.of(Role.LEADER));
		Cookie session = logIn(leader, PASSWORD);
		assertThat(status(get("/dashboard"), session)).isEqualTo(200);
		User current = reload(leader);
		this.tx.executeWithoutResult((s) -> this.users.update(current.getId(), current.getVersion(),
				current.getFullName(), null, null, current.getUnitId(), EnumSet.of(Role.STAFF)));
		refused(get("/dashboard"), session);
		refused(get("/reports/overdue"), session);
	}

	@Test
	void aDeactivatedAdministratorIsSignedOutEverywhere() throws Exception {
		User admin = person(Set.of(Role.ADMIN));
		Cookie first = logIn(admin, PASSWORD);
		Cookie second = logIn(admin, PASSWORD);
		assertThat(status(get("/admin/users"), first)).isEqualTo(200);
		User current = reload(admin);
		long acting = this.jdbc.sql("SELECT id FROM app_user WHERE username = 'admin'").query(Long.class).single();
		this.tx.executeWithoutResult((s) -> this.users.deactivate(current.getId(), current.getVersion(), acting));
		refused(get("/admin/users"), first);
		refused(get("/"), second);
		// Both sessions are gone from the database, on every node.
		assertThat(this.jdbc.sql("SELECT count(*) FROM spring_session WHERE principal_name = :u")
			.param("u", admin.getUsername())
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void anAdministratorsResetEndsTheSessionsMadeWithTheOldPassword() throws Exception {
		User person = person(Set.of(Role.STAFF));
		Cookie session = logIn(person, PASSWORD);
		assertThat(status(get("/"), session)).isEqualTo(200);
		this.tx.executeWithoutResult((s) -> this.users.resetPassword(person.getId(), "mat-khau-tam-moi-9"));
		refused(get("/"), session);
		refused(get("/tasks"), session);
	}

	@Test
	void changingOnesOwnPasswordEndsTheOtherSessionsOnly() throws Exception {
		User person = person(Set.of(Role.STAFF));
		Cookie here = logIn(person, PASSWORD);
		Cookie elsewhere = logIn(person, PASSWORD);
		assertThat(this.mvc
			.perform(post("/profile/password").cookie(here)
				.with(csrf())
				.param("currentPassword", PASSWORD)
				.param("newPassword", "mat-khau-moi-rieng-8")
				.param("confirmPassword", "mat-khau-moi-rieng-8"))
			.andReturn()
			.getResponse()
			.getRedirectedUrl()).isEqualTo("/");
		assertThat(status(get("/"), here)).as("the session that changed it goes on").isEqualTo(200);
		assertThat(status(get("/tasks"), here)).isEqualTo(200);
		refused(get("/"), elsewhere);
	}

}
