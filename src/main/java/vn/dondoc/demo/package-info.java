/**
 * Demo data for the default run on the embedded database: the Department of the
 * regulation, its units and one account per role. Never loaded on a production database.
 */
package vn.dondoc.demo;
