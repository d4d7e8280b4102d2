package vn.dondoc.system;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.dondoc.common.DayParameter;

/**
 * Helpers for templates, reachable as {@code @views}: dates as Vietnamese readers write
 * them (dd/MM/yyyy, in the Department's zone) and links that keep the current filters.
 */
@Component("views")
public class ViewHelpers {

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

	private final ZoneId zone;

	ViewHelpers(@Value("${dondoc.zone:Asia/Ho_Chi_Minh}") String zone) {
		this.zone = ZoneId.of(zone);
	}

	public String dateTime(Instant instant) {
		return (instant != null) ? DATE_TIME.format(instant.atZone(this.zone)) : "";
	}

	/** A moment as a sentence reads it: 08:30 ngày 12/12/2026. */
	public String moment(Instant instant) {
		return (instant != null) ? vn.dondoc.common.Vietnamese.MOMENT.format(instant.atZone(this.zone)) : "";
	}

	/** The text in pieces, the words matching a search marked (why a row matched). */
	public java.util.List<vn.dondoc.common.SearchWords.Part> marks(String text, String typed) {
		return vn.dondoc.common.SearchWords.marks(text, typed);
	}

	/** Whether a search marks anything in the text. */
	public boolean matches(String text, String typed) {
		return vn.dondoc.common.SearchWords.matches(text, typed);
	}

	public String date(LocalDate date) {
		return (date != null) ? DayParameter.DMY.format(date) : "";
	}

	/** A file size as people read it: 850 KB, 3.2 MB. */
	public String size(long bytes) {
		if (bytes < 1024 * 1024) {
			return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
		}
		return String.format(java.util.Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
	}

	/**
	 * The current address with one query parameter replaced (the page number, the sort
	 * order, the language), keeping every filter, so lists stay bookmarkable.
	 */
	public String with(String name, Object value) {
		UriComponentsBuilder builder = current();
		builder.replaceQueryParam(name, value);
		if (!"page".equals(name)) {
			builder.replaceQueryParam("page");
		}
		return builder.build().encode().toUriString();
	}

	/**
	 * The sort parameter that a column header should link to: ascending first, then
	 * descending.
	 */
	public String sortLink(String currentSort, String key) {
		return with("sort", key.equals(currentSort) ? "-" + key : key);
	}

	private static UriComponentsBuilder current() {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap().forEach((name, values) -> {
			if (!name.equals("_csrf") && !name.equals("lang")) {
				builder.queryParam(name, (Object[]) values);
			}
		});
		return builder;
	}

}
