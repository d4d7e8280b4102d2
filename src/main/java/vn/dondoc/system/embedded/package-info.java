/**
 * The embedded PostgreSQL that the default run and the tests use when no external
 * database is configured.
 */
package vn.dondoc.system.embedded;
