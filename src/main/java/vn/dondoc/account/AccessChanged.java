package vn.dondoc.account;

/**
 * What a person may do changed (roles, unit, active, password): their sessions end,
 * except the one named (the session that changed its own password).
 */
record AccessChanged(String username, String keepSessionId) {

}
