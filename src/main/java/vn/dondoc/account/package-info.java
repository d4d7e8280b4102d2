/**
 * People and their access: accounts, roles, login lockout and passwords.
 */
package vn.dondoc.account;
