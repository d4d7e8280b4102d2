package vn.dondoc.calendar;

import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.dondoc.common.MovableClock;

/**
 * The application clock: every business date and time is read from it, never from the
 * system directly.
 */
@Configuration(proxyBeanMethods = false)
class CalendarConfiguration {

	/**
	 * All business dates are in the zone of the Department. {@code dondoc.clock.start}
	 * (ISO date-time with offset, e.g. {@code 2026-11-18T09:00:00+07:00}) starts the
	 * clock on another day: the tests use it so that their answers never depend on the
	 * date of the machine that runs them; production leaves it unset.
	 */
	@Bean
	MovableClock clock(@Value("${dondoc.zone:Asia/Ho_Chi_Minh}") String zone,
			@Value("${dondoc.clock.start:}") String start) {
		return new MovableClock(ZoneId.of(zone),
				start.isBlank() ? null : OffsetDateTime.parse(start.trim()).toInstant());
	}

}
