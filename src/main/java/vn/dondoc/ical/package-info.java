/**
 * Private iCalendar feeds of deadlines (RFC 5545), one per person who turns it on.
 */
package vn.dondoc.ical;
