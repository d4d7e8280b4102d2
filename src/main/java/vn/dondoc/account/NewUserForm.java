package vn.dondoc.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account: its name and the temporary password its owner must change at the first
 * login.
 */
class NewUserForm extends UserForm {

	@NotBlank
	@Size(min = 3, max = 60)
	@Pattern(regexp = "[A-Za-z0-9._-]*", message = "{user.username.pattern}")
	private String username;

	@NotBlank
	@Size(min = UserManagement.MIN_PASSWORD_LENGTH, max = 100)
	private String temporaryPassword;

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getTemporaryPassword() {
		return this.temporaryPassword;
	}

	public void setTemporaryPassword(String temporaryPassword) {
		this.temporaryPassword = temporaryPassword;
	}

}
