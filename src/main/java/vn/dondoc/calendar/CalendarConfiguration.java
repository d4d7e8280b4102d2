package vn.dondoc.calendar;

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
	 * All business dates are in the zone of the Department; tests replace this clock to
	 * move through time.
	 */
	@Bean
	MovableClock clock(@Value("${dondoc.zone:Asia/Ho_Chi_Minh}") String zone) {
		return new MovableClock(ZoneId.of(zone));
	}

}
