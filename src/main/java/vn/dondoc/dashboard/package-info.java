/**
 * What the director, a unit head and an officer see first: the state of the tasks for a
 * period and a unit, each number a link to the tasks behind it (SPEC §8).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Bảng điều khiển (dashboard)",
		allowedDependencies = { "account", "common", "directive", "organisation", "reporting", "urging" })
package vn.dondoc.dashboard;
