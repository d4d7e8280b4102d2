package vn.dondoc.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A temporary password set by an administrator.
 */
class PasswordResetForm {

	@NotBlank
	@Size(min = UserManagement.MIN_PASSWORD_LENGTH, max = 100)
	private String temporaryPassword;

	public String getTemporaryPassword() {
		return this.temporaryPassword;
	}

	public void setTemporaryPassword(String temporaryPassword) {
		this.temporaryPassword = temporaryPassword;
	}

}
