/**
 * Demo data for the default run on the embedded database: the Department of the
 * regulation, its units and one account per role. Never loaded on a production database.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dữ liệu mẫu (demo)",
		allowedDependencies = { "account", "common", "directive", "intake", "organisation", "urging" })
package vn.dondoc.demo;
