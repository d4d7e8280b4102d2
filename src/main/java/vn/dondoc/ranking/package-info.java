/**
 * The monthly compliance ranking of units (Điều 11, SPEC §9): figures, score and
 * suggested grade per unit, frozen when leadership confirms the month, summed per year.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Xếp loại (ranking)",
		allowedDependencies = { "account", "audit", "common", "directive", "organisation", "reporting" })
package vn.dondoc.ranking;
