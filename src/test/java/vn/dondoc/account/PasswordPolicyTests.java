package vn.dondoc.account;

import org.junit.jupiter.api.Test;

import vn.dondoc.common.RuleViolation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	static final PasswordPolicy POLICY = new PasswordPolicy("Sở Thông tin và Truyền thông", "Gia Lai");

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
	void whatTheSecondProbeGotAcceptedIsRefused() {
		for (String password : java.util.List.of("dondoc-demo", "dondoc-demo1", "dondoc2026", "D0nd0c@2026",
				"GiaLai@2026")) {
			assertThat(refusal(password, "cv.a", "Nguyễn Văn A")).as(password).isEqualTo("password.organisation");
		}
		for (String password : java.util.List.of("matkhau123", "Matkhau@123", "admin123", "Admin@123", "P@ssw0rd",
				"Abc@123456", "Hanoi@2026", "Giamdoc@2026", "quanly2026", "ThongTin2026")) {
			assertThat(refusal(password, "cv.a", "Nguyễn Văn A")).as(password).isIn("password.weak", "password.common");
		}
	}

	@Test
	void theListIsShippedInTheJar() {
		assertThatThrownBy(() -> POLICY.check("123456789", "u", "N", "f")).isInstanceOf(RuleViolation.class);
	}

}
