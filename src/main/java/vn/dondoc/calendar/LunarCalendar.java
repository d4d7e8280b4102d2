package vn.dondoc.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar, computed from the moon and the sun at UTC+7 (the
 * astronomical algorithms of Jean Meeus as used for the Vietnamese calendar; the same
 * lunar date can fall on another day than in the Chinese calendar, which is reckoned at
 * UTC+8).
 */
public final class LunarCalendar {

	private static final double TIME_ZONE = 7.0;

	/** Julian day number of 1 January 1970. */
	private static final long EPOCH_JULIAN_DAY = 2_440_588;

	private LunarCalendar() {
	}

	/**
	 * The solar date of a lunar date.
	 * @param day day of the lunar month, 1–30
	 * @param month lunar month, 1–12
	 * @param year lunar year (the year in which its first month begins)
	 * @param leap whether the month is the leap (nhuận) month of that year
	 */
	public static LocalDate toSolar(int day, int month, int year, boolean leap) {
		long a11;
		long b11;
		if (month < 11) {
			a11 = lunarMonth11(year - 1);
			b11 = lunarMonth11(year);
		}
		else {
			a11 = lunarMonth11(year);
			b11 = lunarMonth11(year + 1);
		}
		long k = (long) Math.floor(0.5 + (a11 - 2415021.076998695) / 29.530588853);
		int offset = month - 11;
		if (offset < 0) {
			offset += 12;
		}
		if (b11 - a11 > 365) {
			int leapOffset = leapMonthOffset(a11);
			int leapMonth = leapOffset - 2;
			if (leapMonth < 0) {
				leapMonth += 12;
			}
			if (leap && month != leapMonth) {
				throw new IllegalArgumentException("Month " + month + " of " + year + " is not a leap month");
			}
			if (leap || offset >= leapOffset) {
				offset += 1;
			}
		}
		else if (leap) {
			throw new IllegalArgumentException("Lunar year " + year + " has no leap month");
		}
		long monthStart = newMoonDay(k + offset);
		return fromJulianDay(monthStart + day - 1);
	}

	/** The first day of the lunar year (mùng 1 Tết). */
	public static LocalDate newYear(int year) {
		return toSolar(1, 1, year, false);
	}

	static long julianDay(LocalDate date) {
		return date.toEpochDay() + EPOCH_JULIAN_DAY;
	}

	static LocalDate fromJulianDay(long julianDay) {
		return LocalDate.ofEpochDay(julianDay - EPOCH_JULIAN_DAY);
	}

	/** The day of the k-th new moon after 1 January 1900, at UTC+7. */
	static long newMoonDay(long k) {
		double t = k / 1236.85;
		double t2 = t * t;
		double t3 = t2 * t;
		double dr = Math.PI / 180;
		double jd1 = 2415020.75933 + 29.53058868 * k + 0.0001178 * t2 - 0.000000155 * t3;
		jd1 += 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
		double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
		double mpr = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
		double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
		double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m);
		c1 = c1 - 0.4068 * Math.sin(mpr * dr) + 0.0161 * Math.sin(dr * 2 * mpr);
		c1 = c1 - 0.0004 * Math.sin(dr * 3 * mpr);
		c1 = c1 + 0.0104 * Math.sin(dr * 2 * f) - 0.0051 * Math.sin(dr * (m + mpr));
		c1 = c1 - 0.0074 * Math.sin(dr * (m - mpr)) + 0.0004 * Math.sin(dr * (2 * f + m));
		c1 = c1 - 0.0004 * Math.sin(dr * (2 * f - m)) - 0.0006 * Math.sin(dr * (2 * f + mpr));
		c1 = c1 + 0.0010 * Math.sin(dr * (2 * f - mpr)) + 0.0005 * Math.sin(dr * (2 * mpr + m));
		double deltaT;
		if (t < -11) {
			deltaT = 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3;
		}
		else {
			deltaT = -0.000278 + 0.000265 * t + 0.000262 * t2;
		}
		double jdNew = jd1 + c1 - deltaT;
		return (long) Math.floor(jdNew + 0.5 + TIME_ZONE / 24);
	}

	/** The sun's longitude at the start of the day, in twelfths of the circle (0–11). */
	static int sunLongitude(long julianDay) {
		double t = (julianDay - 2451545.5 - TIME_ZONE / 24) / 36525;
		double t2 = t * t;
		double dr = Math.PI / 180;
		double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
		double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
		double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m);
		dl = dl + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
		double l = (l0 + dl) * dr;
		l = l - Math.PI * 2 * Math.floor(l / (Math.PI * 2));
		return (int) Math.floor(l / Math.PI * 6);
	}

	/**
	 * The day the eleventh lunar month (the one with the winter solstice) of a year
	 * starts.
	 */
	static long lunarMonth11(int year) {
		long offset = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
		long k = (long) Math.floor(offset / 29.530588853);
		long newMoon = newMoonDay(k);
		if (sunLongitude(newMoon) >= 9) {
			newMoon = newMoonDay(k - 1);
		}
		return newMoon;
	}

	/** Which month after the eleventh is the leap month, in a year of thirteen months. */
	static int leapMonthOffset(long a11) {
		long k = (long) Math.floor((a11 - 2415021.076998695) / 29.530588853 + 0.5);
		int last;
		int i = 1;
		int arc = sunLongitude(newMoonDay(k + i));
		do {
			last = arc;
			i++;
			arc = sunLongitude(newMoonDay(k + i));
		}
		while (arc != last && i < 14);
		return i - 1;
	}

}
