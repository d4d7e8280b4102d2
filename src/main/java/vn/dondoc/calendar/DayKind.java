package vn.dondoc.calendar;

/**
 * What kind of unusual day a calendar row is.
 */
public enum DayKind {

	/** A public holiday or a day of Tết (ngày lễ, Tết). */
	HOLIDAY,
	/** A compensatory or swapped day off (nghỉ bù, nghỉ hoán đổi). */
	DAY_OFF,
	/** A weekend day worked in exchange for a day off (làm bù). */
	WORKING_DAY;

	boolean isOff() {
		return this != WORKING_DAY;
	}

}
