package vn.dondoc.account;

import java.util.List;

/**
 * One line of the account list.
 */
public record UserRow(long id, String username, String fullName, String position, long unitId, String unitName,
		List<Role> roles, boolean active, boolean mustChangePassword, boolean locked, long version) {

	UserRow withUnitName(String name) {
		return new UserRow(this.id, this.username, this.fullName, this.position, this.unitId, name, this.roles,
				this.active, this.mustChangePassword, this.locked, this.version);
	}

}
