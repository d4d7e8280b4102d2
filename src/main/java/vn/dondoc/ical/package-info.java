/**
 * Private iCalendar feeds of deadlines (RFC 5545), one per person who turns it on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lịch iCalendar (ical)",
		allowedDependencies = { "account", "common", "directive" })
package vn.dondoc.ical;
