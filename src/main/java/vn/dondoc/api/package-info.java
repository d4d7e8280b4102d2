/**
 * The JSON API under {@code /api/v1} for the document management system: bearer tokens
 * with scopes, every call audited, errors as RFC 9457 problem details.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API (api)",
		allowedDependencies = { "account", "audit", "common", "directive", "intake", "organisation", "reading" })
package vn.dondoc.api;
