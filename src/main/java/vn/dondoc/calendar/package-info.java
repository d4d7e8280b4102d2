/**
 * The working-day calendar: Vietnam's public holidays (lunar ones computed, not typed),
 * the days off and swapped working days the administrator adds, and working-day
 * arithmetic for deadlines and reminders.
 */
package vn.dondoc.calendar;
