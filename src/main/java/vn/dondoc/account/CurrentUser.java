package vn.dondoc.account;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as the application sees them: kept in the session, so it holds
 * only what pages need on every request (name, unit, roles) and never the password once
 * signed in.
 */
public final class CurrentUser implements UserDetails, CredentialsContainer {

	/**
	 * Held while a temporary password has not been changed: every page leads to the
	 * change.
	 */
	public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private static final long serialVersionUID = 1L;

	private final long id;

	private final String username;

	private final String fullName;

	private final long unitId;

	private final Set<Role> roles;

	private final boolean mustChangePassword;

	/**
	 * The account's {@link User#getAuthEpoch() epoch} when this session began: a session
	 * whose number is no longer the account's is ended on its next request.
	 */
	private final int epoch;

	private String password;

	CurrentUser(User user) {
		this(user.getId(), user.getUsername(), user.getFullName(), user.getUnitId(), user.getRoles(),
				user.isMustChangePassword(), user.getAuthEpoch(), user.getPasswordHash());
	}

	private CurrentUser(long id, String username, String fullName, long unitId, Set<Role> roles,
			boolean mustChangePassword, int epoch, String password) {
		this.id = id;
		this.username = username;
		this.fullName = fullName;
		this.unitId = unitId;
		this.roles = Set.copyOf(roles);
		this.mustChangePassword = mustChangePassword;
		this.epoch = epoch;
		this.password = password;
	}

	/**
	 * The same person after choosing their own password, in the session that chose it.
	 */
	CurrentUser withPasswordChanged(int newEpoch) {
		return new CurrentUser(this.id, this.username, this.fullName, this.unitId, this.roles, false, newEpoch, null);
	}

	int getEpoch() {
		return this.epoch;
	}

	public long getId() {
		return this.id;
	}

	@Override
	public String getUsername() {
		return this.username;
	}

	public String getFullName() {
		return this.fullName;
	}

	public long getUnitId() {
		return this.unitId;
	}

	public Set<Role> getRoles() {
		return this.roles;
	}

	public boolean hasRole(Role role) {
		return this.roles.contains(role);
	}

	public boolean isMustChangePassword() {
		return this.mustChangePassword;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = new ArrayList<>();
		if (this.mustChangePassword) {
			// Until the temporary password is changed the person has no role at all.
			authorities.add(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED));
			return authorities;
		}
		this.roles.stream().map((role) -> new SimpleGrantedAuthority(role.authority())).forEach(authorities::add);
		return authorities;
	}

	@Override
	public String getPassword() {
		return this.password;
	}

	@Override
	public void eraseCredentials() {
		this.password = null;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof CurrentUser that && that.id == this.id;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(this.id);
	}

	@Override
	public String toString() {
		return this.username;
	}

}
