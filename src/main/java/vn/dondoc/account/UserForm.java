package vn.dondoc.account;

import java.util.EnumSet;
import java.util.Set;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What an administrator types about a person.
 */
class UserForm {

	@NotBlank
	@Size(max = 150)
	private String fullName;

	@Email
	@Size(max = 254)
	private String email;

	@Size(max = 150)
	private String position;

	@NotNull
	private Long unitId;

	@NotEmpty
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private long version;

	static UserForm of(User user) {
		UserForm form = new UserForm();
		form.fullName = user.getFullName();
		form.email = user.getEmail();
		form.position = user.getPosition();
		form.unitId = user.getUnitId();
		form.roles = EnumSet.copyOf(user.getRoles());
		form.version = user.getVersion();
		return form;
	}

	public String getFullName() {
		return this.fullName;
	}

	public void setFullName(String fullName) {
		this.fullName = fullName;
	}

	public String getEmail() {
		return this.email;
	}

	public void setEmail(String email) {
		this.email = email;
	}

	public String getPosition() {
		return this.position;
	}

	public void setPosition(String position) {
		this.position = position;
	}

	public Long getUnitId() {
		return this.unitId;
	}

	public void setUnitId(Long unitId) {
		this.unitId = unitId;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public void setRoles(Set<Role> roles) {
		this.roles = (roles != null) ? roles : EnumSet.noneOf(Role.class);
	}

	public long getVersion() {
		return this.version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

}
