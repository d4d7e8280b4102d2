/**
 * People and their access: accounts, roles, login lockout and passwords.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tài khoản (account)",
		allowedDependencies = { "audit", "common", "organisation" })
package vn.dondoc.account;
