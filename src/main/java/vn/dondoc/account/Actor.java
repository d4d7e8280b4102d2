package vn.dondoc.account;

import java.util.Set;

/**
 * Who is acting: enough to decide what they may do with a task (SPEC §1).
 */
public record Actor(long userId, String name, long unitId, Set<Role> roles) {

	public Actor {
		roles = Set.copyOf(roles);
	}

	public static Actor of(CurrentUser user) {
		return new Actor(user.getId(), user.getFullName(), user.getUnitId(), user.getRoles());
	}

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

	public boolean headOf(Long unitId) {
		return has(Role.UNIT_HEAD) && unitId != null && unitId == this.unitId;
	}

	public boolean memberOf(Long unitId) {
		return unitId != null && unitId == this.unitId && (has(Role.UNIT_HEAD) || has(Role.STAFF));
	}

}
