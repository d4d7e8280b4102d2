package vn.dondoc.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;

/**
 * A day as people type it: {@code dd/MM/yyyy}, checked strictly (31/02 is not a day) and
 * within years a government record can have (the parser alone would take {@code +9999999}
 * as a year, which the database cannot store).
 */
public final class DayParameter {

	public static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2200;

	private DayParameter() {
	}

	/**
	 * A day typed in a form's field.
	 * @return the day, or {@code null} when nothing is written
	 * @throws RuleViolation naming the field with the message when it is no day
	 */
	public static LocalDate field(String value, String field, String messageKey) {
		try {
			return parse(value);
		}
		catch (DateTimeException ex) {
			throw new RuleViolation(field, messageKey);
		}
	}

	/**
	 * @return the day, or {@code null} when nothing is written
	 * @throws DateTimeException when it is not a day from 1900 to 2200 written dd/MM/yyyy
	 */
	public static LocalDate parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		LocalDate day = LocalDate.parse(value.strip(), DMY);
		if (day.getYear() < FIRST_YEAR || day.getYear() > LAST_YEAR) {
			throw new DateTimeException("Year out of range: " + value);
		}
		return day;
	}

}
