package vn.dondoc.ranking;

/**
 * One unit's month: the counts behind each criterion, the score and the suggested grade.
 *
 * @param due tasks whose deadline falls in the month
 * @param onTime of those, done by the deadline
 * @param openAtEnd tasks open at the month's end
 * @param overdue of those, past their deadline
 * @param active tasks worked on in the month (open at some point of it)
 * @param updated of those, with a progress update or completed in the month
 * @param notices overdue tasks with their Điều 9.2 notice by the month's end
 * @param urges urges in the month: by people about its tasks, and about its reports
 * ({@code dondoc.ranking.count-report-urges}); automatic reminders only when
 * {@code dondoc.ranking.count-automatic-urges}
 * @param report the unit's report of the month: {@code ON_TIME}, {@code LATE},
 * {@code MISSING} once due, {@code null} while not yet due
 */
public record UnitMonth(long unitId, String unitName, int due, int onTime, int openAtEnd, int overdue, int active,
		int updated, int notices, int urges, String report, Double score, Grade grade) {

	Double onTimeScore() {
		return (this.due == 0) ? null : 100.0 * this.onTime / this.due;
	}

	Double overdueScore() {
		return (this.openAtEnd == 0) ? 100.0 : 100.0 * (this.openAtEnd - this.overdue) / this.openAtEnd;
	}

	Double upToDateScore() {
		return (this.active == 0) ? null : 100.0 * this.updated / this.active;
	}

	Double noticesScore() {
		return (this.overdue == 0) ? 100.0 : 100.0 * this.notices / this.overdue;
	}

	Double reportScore() {
		return (this.report == null) ? null : switch (this.report) {
			case "ON_TIME" -> 100.0;
			case "LATE" -> 50.0;
			default -> 0.0;
		};
	}

	Double urgesScore(int penalty) {
		return Math.max(0.0, 100.0 - penalty * this.urges);
	}

	/** The same counts, scored with the settings. */
	UnitMonth scored(RankingSettings settings) {
		double sum = 0;
		double weights = 0;
		Double[] scores = { onTimeScore(), overdueScore(), upToDateScore(), noticesScore(),
				urgesScore(settings.urgePenalty()), reportScore() };
		int[] weightOf = { settings.onTimeWeight(), settings.overdueWeight(), settings.upToDateWeight(),
				settings.noticesWeight(), settings.urgesWeight(), settings.reportWeight() };
		for (int i = 0; i < scores.length; i++) {
			if (scores[i] != null) {
				sum += weightOf[i] * scores[i];
				weights += weightOf[i];
			}
		}
		Double score = (weights == 0) ? null : Math.round(10 * sum / weights) / 10.0;
		return new UnitMonth(this.unitId, this.unitName, this.due, this.onTime, this.openAtEnd, this.overdue,
				this.active, this.updated, this.notices, this.urges, this.report, score, settings.grade(score));
	}

}
