package vn.dondoc.ranking;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the monthly score is made. Each criterion scores 0–100; the score is their weighted
 * mean over the criteria that have data that month.
 *
 * @param onTimeWeight tasks due in the month done by their deadline
 * @param overdueWeight open tasks not overdue at the month's end
 * @param upToDateWeight tasks worked on in the month that got a progress update or were
 * completed in it
 * @param noticesWeight tasks overdue at the month's end with the notice of Điều 9.2
 * @param urgesWeight 100 less {@code urgePenalty} for each urge by a person in the month
 * @param reportWeight the unit's monthly report: 100 sent on time, 50 late, 0 missing
 * once due
 * @param excellent score from which the suggested grade is "excellent"
 * @param good score from which it is "good"
 * @param pass score from which it is "done"
 * @param visibleToAll whether staff and unit heads see every unit's row, not only their
 * own
 * @param countReportUrges whether urging a unit about its report counts with the urges
 * about its tasks
 * @param countAutomaticUrges whether the system's own reminders count as urges (by
 * default only people's urges do)
 */
@ConfigurationProperties("dondoc.ranking")
record RankingSettings(@DefaultValue("40") int onTimeWeight, @DefaultValue("20") int overdueWeight,
		@DefaultValue("15") int upToDateWeight, @DefaultValue("10") int noticesWeight,
		@DefaultValue("5") int urgesWeight, @DefaultValue("10") int reportWeight, @DefaultValue("10") int urgePenalty,
		@DefaultValue("90") double excellent, @DefaultValue("75") double good, @DefaultValue("50") double pass,
		@DefaultValue("false") boolean visibleToAll, @DefaultValue("true") boolean countReportUrges,
		@DefaultValue("false") boolean countAutomaticUrges) {

	Grade grade(Double score) {
		if (score == null) {
			return null;
		}
		return (score >= this.excellent) ? Grade.EXCELLENT
				: (score >= this.good) ? Grade.GOOD : (score >= this.pass) ? Grade.PASS : Grade.FAIL;
	}

}
