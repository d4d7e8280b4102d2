/**
 * Urging beyond a person's own hand: the mail outbox that never loses a message and never
 * sends one twice; reminders and the monthly cycle build on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Đôn đốc, thư và nhắc việc (urging)",
		allowedDependencies = { "account", "calendar", "common", "directive", "organisation" })
package vn.dondoc.urging;
