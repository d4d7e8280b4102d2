package vn.dondoc.account;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person choosing their own password.
 */
class PasswordChangeForm {

	@NotBlank
	private String currentPassword;

	@NotBlank
	@Size(min = UserManagement.MIN_PASSWORD_LENGTH, max = 100)
	private String newPassword;

	private String confirmPassword;

	@AssertTrue(message = "{password.confirm.mismatch}")
	public boolean isConfirmPasswordMatching() {
		return this.newPassword == null || this.newPassword.equals(this.confirmPassword);
	}

	public String getCurrentPassword() {
		return this.currentPassword;
	}

	public void setCurrentPassword(String currentPassword) {
		this.currentPassword = currentPassword;
	}

	public String getNewPassword() {
		return this.newPassword;
	}

	public void setNewPassword(String newPassword) {
		this.newPassword = newPassword;
	}

	public String getConfirmPassword() {
		return this.confirmPassword;
	}

	public void setConfirmPassword(String confirmPassword) {
		this.confirmPassword = confirmPassword;
	}

}
