package vn.dondoc.calendar;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Fills the calendar from the Labour Code on start, in every installation: working-day
 * arithmetic must never run on an empty calendar.
 */
@Component
@Order(5)
class HolidaySeed implements ApplicationRunner {

	private static final Log logger = LogFactory.getLog(HolidaySeed.class);

	private final HolidayManagement holidays;

	HolidaySeed(HolidayManagement holidays) {
		this.holidays = holidays;
	}

	@Override
	public void run(ApplicationArguments args) {
		int added = this.holidays.fillFromLabourCode();
		if (added > 0) {
			logger.info("Calendar: added " + added + " public holidays and days off for " + HolidayManagement.FIRST_YEAR
					+ "–" + HolidayManagement.LAST_YEAR);
		}
	}

}
