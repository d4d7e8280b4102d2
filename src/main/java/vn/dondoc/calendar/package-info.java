/**
 * The working-day calendar: Vietnam's public holidays (lunar ones computed, not typed),
 * the days off and swapped working days the administrator adds, and working-day
 * arithmetic for deadlines and reminders.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lịch ngày làm việc (calendar)",
		allowedDependencies = { "audit", "common" })
package vn.dondoc.calendar;
