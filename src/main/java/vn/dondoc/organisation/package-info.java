/**
 * The organisation: its units as a tree (Department, office, divisions, centres,
 * inspectorate).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đơn vị (organisation)",
		allowedDependencies = { "audit", "common" })
package vn.dondoc.organisation;
