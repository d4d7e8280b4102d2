package vn.dondoc.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.List;
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

	/** The pattern of every day a person types here, as forms' fields declare it. */
	public static final String PATTERN = "dd/MM/yyyy";

	/**
	 * The shapes a day is typed in, each with the groups of its day, month and year: day,
	 * month and a four-digit year with one separator kind between them; {@code ddMMyyyy}
	 * (a numeric keypad without separators); {@code yyyy-MM-dd} (a date picker's value).
	 */
	private static final List<Shape> SHAPES = List.of(
			new Shape(Pattern.compile("(\\d{1,2})\\s*([/.,\\- ])\\s*(\\d{1,2})\\s*\\2\\s*(\\d{4})"), 1, 3, 4),
			new Shape(Pattern.compile("(\\d{2})(\\d{2})(\\d{4})"), 1, 2, 3),
			new Shape(Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})"), 3, 2, 1));

	private DayParameter() {
	}

	/** Whether a day is one the application accepts: from 1900 to 2200. */
	public static boolean plausible(LocalDate day) {
		return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
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
		Matcher m = null;
		Shape shape = null;
		for (Shape candidate : SHAPES) {
			m = candidate.pattern().matcher(text);
			if (m.matches()) {
				shape = candidate;
				break;
			}
		}
		if (shape == null) {
			throw new DateTimeException("Not a day: " + text);
		}
		int day = Integer.parseInt(m.group(shape.day()));
		int month = Integer.parseInt(m.group(shape.month()));
		int year = Integer.parseInt(m.group(shape.year()));
		if (year < FIRST_YEAR || year > LAST_YEAR) {
			throw new DateTimeException("Year out of range: " + text);
		}
		try {
			return LocalDate.of(year, month, day);
		}
		catch (DateTimeException ex) {
			throw new NoSuchDay(String.format("%02d/%02d/%04d", day, month, year));
		}
	}

	private record Shape(Pattern pattern, int day, int month, int year) {
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
