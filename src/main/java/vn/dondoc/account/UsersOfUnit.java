package vn.dondoc.account;

import org.springframework.stereotype.Component;

import vn.dondoc.organisation.UnitReferences;

/**
 * A unit that people belong to cannot be deleted, only deactivated.
 */
@Component
class UsersOfUnit implements UnitReferences {

	private final Users users;

	UsersOfUnit(Users users) {
		this.users = users;
	}

	@Override
	public long countFor(long unitId) {
		return this.users.countByUnitId(unitId);
	}

	@Override
	public String messageKey() {
		return "unit.delete.hasUsers";
	}

}
