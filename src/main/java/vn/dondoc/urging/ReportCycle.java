package vn.dondoc.urging;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Component;

import vn.dondoc.calendar.WorkingDayCalendar;

/**
 * The dates of the monthly reporting cycle (SPEC §7, Điều 10): each step has its day of
 * the month, which the law reads as "at the latest", so a step whose day is a weekend or
 * a holiday is reminded on the last working day before it.
 */
@Component
class ReportCycle {

	enum Step {

		/** Units are reminded that their report is coming due. */
		UNIT_REMINDER,
		/** Unit reports are due; the office is told which are missing. */
		UNIT_DUE,
		/** The Department draft is built; the aggregators are told. */
		DRAFT,
		/** The draft goes to leadership. */
		SUBMIT,
		/** Leadership is reminded to issue the report before the deadline. */
		ISSUE

	}

	/**
	 * @param day the step's own day (its legal date)
	 * @param remindOn the working day its reminder goes out
	 */
	record Due(Step step, LocalDate day, LocalDate remindOn) {

		YearMonth month() {
			return YearMonth.from(this.day);
		}

		/**
		 * In the last month of a quarter the monthly report is also the quarterly one.
		 */
		boolean quarterly() {
			return this.day.getMonthValue() % 3 == 0;
		}

		int quarter() {
			return (this.day.getMonthValue() + 2) / 3;
		}

	}

	private final CycleSettings settings;

	private final WorkingDayCalendar workingDays;

	ReportCycle(CycleSettings settings, WorkingDayCalendar workingDays) {
		this.settings = settings;
		this.workingDays = workingDays;
	}

	/** Every step of a month, in the order of its days. */
	List<Due> of(YearMonth month) {
		List<Due> steps = new ArrayList<>();
		for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
			for (Step step : stepsOn(day.getDayOfMonth())) {
				steps.add(new Due(step, day, this.workingDays.lastWorkingDayOnOrBefore(day)));
			}
		}
		steps.sort(Comparator.comparing(Due::day));
		return steps;
	}

	/**
	 * The steps to remind on a day: those of the day itself and of the days off that
	 * follow it up to the next working day. Nothing on a day off.
	 */
	List<Due> dueOn(LocalDate today) {
		if (!this.workingDays.isWorkingDay(today)) {
			return List.of();
		}
		LocalDate next = this.workingDays.plusWorkingDays(today, 1);
		List<Due> due = new ArrayList<>();
		for (LocalDate day = today; day.isBefore(next); day = day.plusDays(1)) {
			for (Step step : stepsOn(day.getDayOfMonth())) {
				due.add(new Due(step, day, today));
			}
		}
		return due;
	}

	/**
	 * The legal due dates of written confidential reports whose reminder goes out on the
	 * day: for each number of days before, the dates that many days after today and after
	 * the days off that follow it.
	 */
	List<LocalDate[]> confidentialWindows(LocalDate today) {
		if (!this.workingDays.isWorkingDay(today)) {
			return List.of();
		}
		LocalDate last = this.workingDays.plusWorkingDays(today, 1).minusDays(1);
		return this.settings.confidentialDaysBefore()
			.stream()
			.map((days) -> new LocalDate[] { today.plusDays(days), last.plusDays(days) })
			.toList();
	}

	private List<Step> stepsOn(int dayOfMonth) {
		List<Step> steps = new ArrayList<>();
		if (this.settings.unitReminderDays().contains(dayOfMonth)) {
			steps.add(Step.UNIT_REMINDER);
		}
		if (this.settings.unitReportDay() == dayOfMonth) {
			steps.add(Step.UNIT_DUE);
		}
		if (this.settings.draftDay() == dayOfMonth) {
			steps.add(Step.DRAFT);
		}
		if (this.settings.submitDay() == dayOfMonth) {
			steps.add(Step.SUBMIT);
		}
		if (this.settings.issueReminderDay() == dayOfMonth) {
			steps.add(Step.ISSUE);
		}
		return steps;
	}

	CycleSettings settings() {
		return this.settings;
	}

}
