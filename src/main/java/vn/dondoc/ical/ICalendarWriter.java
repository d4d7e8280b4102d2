package vn.dondoc.ical;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes an RFC 5545 calendar of all-day events: CRLF line ends, text escaped (backslash,
 * semicolon, comma, new line), lines folded at 75 octets without splitting a UTF-8
 * character.
 */
final class ICalendarWriter {

	private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private ICalendarWriter() {
	}

	static String write(String name, List<CalendarFeedManagement.Deadline> deadlines, String baseUrl, String prefix,
			Instant now) {
		StringBuilder out = new StringBuilder();
		line(out, "BEGIN:VCALENDAR");
		line(out, "VERSION:2.0");
		line(out, "PRODID:-//dondoc//Theo doi nhiem vu//VI");
		line(out, "CALSCALE:GREGORIAN");
		line(out, "METHOD:PUBLISH");
		line(out, "X-WR-CALNAME:" + escape(name));
		line(out, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
		for (CalendarFeedManagement.Deadline deadline : deadlines) {
			line(out, "BEGIN:VEVENT");
			line(out, "UID:" + deadline.uid() + "@dondoc");
			line(out, "DTSTAMP:" + STAMP.format(now));
			line(out, "DTSTART;VALUE=DATE:" + DAY.format(deadline.day()));
			line(out, "DTEND;VALUE=DATE:" + DAY.format(deadline.day().plusDays(1)));
			line(out, "SUMMARY:" + escape(prefix + deadline.title()));
			line(out, "DESCRIPTION:" + escape(baseUrl + deadline.link()));
			line(out, "URL:" + baseUrl + deadline.link());
			line(out, "TRANSP:TRANSPARENT");
			line(out, "END:VEVENT");
		}
		line(out, "END:VCALENDAR");
		return out.toString();
	}

	static String escape(String text) {
		return text.replace("\\", "\\\\")
			.replace(";", "\\;")
			.replace(",", "\\,")
			.replace("\r\n", "\\n")
			.replace("\n", "\\n")
			.replace("\r", "\\n");
	}

	/** Appends a content line, folded so that no physical line exceeds 75 octets. */
	static void line(StringBuilder out, String content) {
		int octets = 0;
		int limit = 75;
		for (int i = 0; i < content.length();) {
			int codePoint = content.codePointAt(i);
			int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
			if (octets + size > limit) {
				out.append("\r\n ");
				octets = 1;
			}
			out.appendCodePoint(codePoint);
			octets += size;
			i += Character.charCount(codePoint);
		}
		out.append("\r\n");
	}

}
