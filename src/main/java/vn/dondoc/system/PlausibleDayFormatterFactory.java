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
 * {@code @DateTimeFormat(pattern = "dd/MM/yyyy")} days in forms and list filters, read as
 * {@link DayParameter} reads them: leniently in their shape (1/12/2026, 01.12.2026,
 * 01122026), strictly in the calendar (31/02 is no day), and only within the years a
 * record can have. A refused day is a binding error beside its field; one that does not
 * exist says so ({@link DayBindingErrors}).
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
		if (DayParameter.PATTERN.equals(annotation.pattern())) {
			// Read leniently (1/12/2026, 01-12-2026, 01122026 ...), shown back strictly.
			return (text, locale) -> DayParameter.parse(text);
		}
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
