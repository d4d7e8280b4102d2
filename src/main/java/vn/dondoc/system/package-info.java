/**
 * The application's frame: security rules, layout, languages, error pages and web
 * configuration.
 */
package vn.dondoc.system;
