package vn.dondoc.account;

/**
 * A new installation has no account and no password to create the first one with.
 */
class MissingAdminPasswordException extends RuntimeException {

	MissingAdminPasswordException() {
		super("No accounts exist and DONDOC_ADMIN_PASSWORD is not set (or shorter than "
				+ UserManagement.MIN_PASSWORD_LENGTH + " characters)");
	}

}
