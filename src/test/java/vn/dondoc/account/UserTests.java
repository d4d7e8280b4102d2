package vn.dondoc.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules an account guards by itself, without Spring.
 */
class UserTests {

	private static final Instant NOW = Instant.parse("2026-11-26T08:00:00Z");

	private static User newUser() {
		return new User("  Nguyen.Van.A ", "Nguyễn Văn A", 1L, EnumSet.of(Role.STAFF), "{noop}tam", NOW);
	}

	@Test
	void aNewAccountHasATemporaryPasswordAndALowerCaseName() {
		User user = newUser();
		assertThat(user.isMustChangePassword()).isTrue();
		assertThat(user.getUsername()).isEqualTo("nguyen.van.a");
	}

	@Test
	void choosingOnesOwnPasswordEndsTheTemporaryOneAndAResetBringsItBack() {
		User user = newUser();
		user.changePassword("{noop}moi", NOW);
		assertThat(user.isMustChangePassword()).isFalse();
		user.resetPassword("{noop}tam2", NOW);
		assertThat(user.isMustChangePassword()).isTrue();
	}

	@Test
	void anAccountNeedsAtLeastOneRole() {
		assertThatThrownBy(() -> newUser().assignRoles(Set.of())).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void whileThePasswordIsTemporaryThePersonHoldsNoRole() {
		User user = new User("a", "A", 1L, EnumSet.of(Role.ADMIN), "{noop}x", NOW);
		ReflectionTestUtils.setField(user, "id", 5L);
		assertThat(new CurrentUser(user).getAuthorities()).extracting("authority")
			.containsExactly(CurrentUser.PASSWORD_CHANGE_REQUIRED);
		user.changePassword("{noop}y", NOW);
		assertThat(new CurrentUser(user).getAuthorities()).extracting("authority").containsExactly("ROLE_ADMIN");
	}

	@Test
	void blankOptionalDetailsAreStoredAsNothing() {
		User user = newUser();
		user.describe(" Nguyễn Văn B ", "  ", "");
		assertThat(user.getFullName()).isEqualTo("Nguyễn Văn B");
		assertThat(user.getEmail()).isNull();
		assertThat(user.getPosition()).isNull();
	}

}
