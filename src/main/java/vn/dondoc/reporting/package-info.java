/**
 * Reports (SPEC §6): each unit's monthly report, pre-filled from the tasks, sent by its
 * head and returned for correction by the aggregating office.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Báo cáo (reporting)",
		allowedDependencies = { "account", "audit", "common", "directive", "organisation", "urging" })
package vn.dondoc.reporting;
