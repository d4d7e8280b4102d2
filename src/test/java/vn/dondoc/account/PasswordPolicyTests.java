package vn.dondoc.account;

import org.junit.jupiter.api.Test;

import vn.dondoc.common.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	static final PasswordPolicy POLICY = new PasswordPolicy();

	static String refusal(String password, String username, String fullName) {
		try {
			POLICY.check(password, username, fullName, "newPassword");
			return null;
		}
		catch (RuleViolation violation) {
			assertThat(violation.getField()).isEqualTo("newPassword");
			return violation.getMessageKey();
		}
	}

	@Test
	void theMostCommonPasswordsAreRefusedWithTheirReason() {
		assertThat(refusal("12345678", "cv.a", "Nguyễn Văn A")).isEqualTo("password.common");
		assertThat(refusal("password", "cv.a", "Nguyễn Văn A")).isEqualTo("password.common");
		assertThat(refusal("qwertyui", "cv.a", "Nguyễn Văn A")).isEqualTo("password.common");
		assertThat(refusal("PassWord", "cv.a", "Nguyễn Văn A")).isEqualTo("password.common");
		assertThat(POLICY.isCommon("iloveyou")).isTrue();
	}

	@Test
	void theUsernameAndThePersonsNameAreRefused() {
		assertThat(refusal("tp.cntt2026", "tp.cntt", "Lê Văn Bình")).isEqualTo("password.username");
		assertThat(refusal("Lê Văn Bình", "tp.cntt", "Lê Văn Bình")).isEqualTo("password.name");
		assertThat(refusal("levanbinh", "tp.cntt", "Lê Văn Bình")).isEqualTo("password.name");
		assertThat(refusal("binh2026", "tp.cntt", "Lê Văn Bình")).isEqualTo("password.name");
		assertThat(refusal("dangthuyduong1", "x.y", "Đặng Thùy Dương")).isEqualTo("password.name");
	}

	@Test
	void aPasswordOfOnesOwnChoiceIsAccepted() {
		assertThat(refusal("mây-trắng-bay-về-núi", "tp.cntt", "Lê Văn Bình")).isNull();
		assertThat(refusal("Tháng10-Mưa-Ngâu", "cv.a", "Nguyễn Văn A")).isNull();
	}

	@Test
	void theListIsShippedInTheJar() {
		assertThatThrownBy(() -> POLICY.check("123456789", "u", "N", "f")).isInstanceOf(RuleViolation.class);
	}

}
