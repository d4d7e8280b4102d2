/**
 * Directives and their tasks: registration, forwarding, coordination, progress,
 * extensions, returns, confidential placeholders, urging log and search (SPEC §2–§5).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Văn bản và nhiệm vụ (directive)",
		allowedDependencies = { "account", "audit", "common", "organisation", "reading" })
package vn.dondoc.directive;
