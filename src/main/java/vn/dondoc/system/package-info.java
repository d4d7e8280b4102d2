/**
 * The application's frame: security rules, layout, languages, error pages and web
 * configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Khung ứng dụng (system)",
		allowedDependencies = { "account", "common", "directive", "organisation" })
package vn.dondoc.system;
