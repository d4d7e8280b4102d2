package vn.dondoc.account;

/**
 * A name was locked after too many failed logins; its owner, if such an account exists,
 * is told (an unknown name is locked too, and nobody is told).
 *
 * @param username the name as it was typed, folded to lower case
 * @param address where the failing attempts came from (null when unknown)
 */
public record AccountLocked(String username, String address) {

}
