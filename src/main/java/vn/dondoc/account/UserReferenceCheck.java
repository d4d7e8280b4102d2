package vn.dondoc.account;

import org.springframework.stereotype.Component;

import vn.dondoc.organisation.UnitReferenceCheck;

/**
 * A unit that people belong to cannot be deleted, only deactivated.
 */
@Component
class UserReferenceCheck implements UnitReferenceCheck {

	private final Users users;

	UserReferenceCheck(Users users) {
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
