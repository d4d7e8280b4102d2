package vn.dondoc.calendar;

import java.time.LocalDate;

/**
 * A row of the calendar.
 *
 * @param fromLaw computed from the Labour Code rather than added by the administrator
 */
public record SpecialDay(LocalDate day, String name, DayKind kind, boolean fromLaw) {
}
