package vn.dondoc.system;

import java.text.ParseException;
import java.time.LocalDate;
import java.util.Set;

import org.springframework.format.AnnotationFormatterFactory;
import org.springframework.format.Parser;
import org.springframework.format.Printer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.datetime.standard.Jsr310DateTimeFormatAnnotationFormatterFactory;

import vn.dondoc.common.DayParameter;

/**
 * {@code @DateTimeFormat} days in forms and list filters, read as Spring reads them
 * (strictly: 31/02 is no day) and also refused outside the years a record can have: the
 * pattern alone takes {@code 01/01/+9999999}, which the database cannot store. A refused
 * day is a binding error beside its field, like any other wrong date.
 */
final class PlausibleDayFormatterFactory implements AnnotationFormatterFactory<DateTimeFormat> {

	private final Jsr310DateTimeFormatAnnotationFormatterFactory standard = new Jsr310DateTimeFormatAnnotationFormatterFactory();

	@Override
	public Set<Class<?>> getFieldTypes() {
		return Set.of(LocalDate.class);
	}

	@Override
	public Printer<?> getPrinter(DateTimeFormat annotation, Class<?> fieldType) {
		return this.standard.getPrinter(annotation, fieldType);
	}

	@Override
	public Parser<?> getParser(DateTimeFormat annotation, Class<?> fieldType) {
		Parser<?> parser = this.standard.getParser(annotation, fieldType);
		return (text, locale) -> {
			Object value = parser.parse(text, locale);
			if (value instanceof LocalDate day
					&& (day.getYear() < DayParameter.FIRST_YEAR || day.getYear() > DayParameter.LAST_YEAR)) {
				throw new ParseException("Year out of range: " + text, 0);
			}
			return value;
		};
	}

}
