package vn.dondoc.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day as people type it, read leniently and kept strictly. {@code 1/12/2026},
 * {@code 01-12-2026}, {@code 01.12.2026}, {@code 01 12 2026}, {@code 01,12,2026} (a
 * phone's decimal pad) and {@code 01122026} are the same day, as is the ISO form a
 * browser's date picker sends; it is always shown back as {@code dd/MM/yyyy}. A shape
 * that is no date and a date that does not exist ({@code 31/02/2027}) are told apart, so
 * that the person reads the right reason; years stay within what a government record can
 * have (the pattern alone would take {@code +9999999}, which the database cannot store).
 */
public final class DayParameter {

	public static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
		.withResolverStyle(ResolverStyle.STRICT);

	public static final int FIRST_YEAR = 1900;

	public static final int LAST_YEAR = 2200;

	/** Day, month and a four-digit year with one separator kind between them. */
	private static final Pattern SEPARATED = Pattern
		.compile("(\\d{1,2})\\s*([/.,\\- ])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})");

	/** {@code ddMMyyyy}: what a numeric keypad without separators lets one type. */
	private static final Pattern RUN = Pattern.compile("(\\d{2})(\\d{2})(\\d{4})");

	/** {@code yyyy-MM-dd}: a date picker's value. */
	private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

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
	 * @throws NoSuchDay when it has the shape of a date that does not exist
	 * @throws DateTimeException when it is not a day from 1900 to 2200
	 */
	public static LocalDate parse(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String text = value.strip();
		int day;
		int month;
		int year;
		Matcher m;
		if ((m = SEPARATED.matcher(text)).matches()) {
			day = Integer.parseInt(m.group(1));
			month = Integer.parseInt(m.group(3));
			year = Integer.parseInt(m.group(4));
		}
		else if ((m = RUN.matcher(text)).matches()) {
			day = Integer.parseInt(m.group(1));
			month = Integer.parseInt(m.group(2));
			year = Integer.parseInt(m.group(3));
		}
		else if ((m = ISO.matcher(text)).matches()) {
			year = Integer.parseInt(m.group(1));
			month = Integer.parseInt(m.group(2));
			day = Integer.parseInt(m.group(3));
		}
		else {
			throw new DateTimeException("Not a day: " + text);
		}
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new DateTimeException("Year out of range: " + text);
		}
		String written = String.format("%02d/%02d/%04d", day, month, year);
		if (month < 1 || month > 12 || day < 1 || day > 31) {
			throw new NoSuchDay(written);
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw new NoSuchDay(written);
		}
	}

	/**
	 * A date in the right shape that the calendar does not have: 31/02, 29/02 of 2027.
	 */
	public static final class NoSuchDay extends DateTimeException {

		private final String written;

		NoSuchDay(String written) {
			super("No such day: " + written);
			this.written = written;
		}

		/** The date as the person meant it, {@code dd/MM/yyyy}. */
		public String written() {
			return this.written;
		}

	}

}
