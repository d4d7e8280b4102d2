/**
 * Directives and their tasks: registration, forwarding, coordination, progress,
 * extensions, returns, confidential placeholders, urging log and search (SPEC §2–§5).
 */
package vn.dondoc.directive;
