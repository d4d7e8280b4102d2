package vn.dondoc.account;

import java.util.List;

/**
 * One line of the account list.
 */
public record UserRow(long id, String username, String fullName, String position, String unitName, List<Role> roles,
		boolean active, boolean mustChangePassword, boolean locked, long version) {
}
