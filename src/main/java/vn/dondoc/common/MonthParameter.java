package vn.dondoc.common;

import java.time.DateTimeException;
import java.time.YearMonth;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A month written {@code yyyy-MM} in a URL.
 */
public final class MonthParameter {

	private MonthParameter() {
	}

	/**
	 * @param whenBlank the month meant when none is written
	 * @param latest the latest month that may be asked for
	 * @throws ResponseStatusException 400 when not a month, before 2000 or after
	 * {@code latest}
	 */
	public static YearMonth parse(String value, YearMonth whenBlank, YearMonth latest) {
		if (value == null || value.isBlank()) {
			return whenBlank;
		}
		try {
			YearMonth month = YearMonth.parse(value.strip());
			if (month.getYear() < 2000 || month.isAfter(latest)) {
				throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "month out of range");
			}
			return month;
		}
		catch (DateTimeException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a month");
		}
	}

}
