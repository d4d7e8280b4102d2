package vn.dondoc.account;

/**
 * What a person may do (SPEC §1). A person may hold several roles.
 */
public enum Role {

	ADMIN, LEADER, OFFICE, PLANNING, UNIT_HEAD, STAFF;

	public String authority() {
		return "ROLE_" + name();
	}

}
