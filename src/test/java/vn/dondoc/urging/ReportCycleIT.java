package vn.dondoc.urging;

import java.time.LocalDate;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import vn.dondoc.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The dates of the reporting cycle on the real holiday table: January 2027 (the 10th a
 * Sunday), February 2027 (Tết) and December 2027 (a quarter's last month).
 */
@IntegrationTest
class ReportCycleIT {

	@Autowired
	ReportCycle cycle;

	@Test
	void aStepOnADayOffIsRemindedOnTheWorkingDayBefore() {
		assertThat(this.cycle.of(YearMonth.of(2027, 1)))
			.extracting(ReportCycle.Due::step, ReportCycle.Due::day, ReportCycle.Due::remindOn)
			.containsExactly(tuple(ReportCycle.Step.UNIT_REMINDER, LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 5)),
					tuple(ReportCycle.Step.UNIT_REMINDER, LocalDate.of(2027, 1, 8), LocalDate.of(2027, 1, 8)),
					// Sunday the 10th: Friday the 8th.
					tuple(ReportCycle.Step.UNIT_DUE, LocalDate.of(2027, 1, 10), LocalDate.of(2027, 1, 8)),
					tuple(ReportCycle.Step.DRAFT, LocalDate.of(2027, 1, 11), LocalDate.of(2027, 1, 11)),
					tuple(ReportCycle.Step.SUBMIT, LocalDate.of(2027, 1, 12), LocalDate.of(2027, 1, 12)),
					tuple(ReportCycle.Step.ISSUE, LocalDate.of(2027, 1, 14), LocalDate.of(2027, 1, 14)));
		// Friday 8 January reminds its own step and Sunday's.
		assertThat(this.cycle.dueOn(LocalDate.of(2027, 1, 8))).extracting(ReportCycle.Due::step)
			.containsExactly(ReportCycle.Step.UNIT_REMINDER, ReportCycle.Step.UNIT_DUE);
		assertThat(this.cycle.dueOn(LocalDate.of(2027, 1, 9))).as("Saturday").isEmpty();
		assertThat(this.cycle.dueOn(LocalDate.of(2027, 1, 10))).as("Sunday").isEmpty();
	}

	@Test
	void theLastMonthOfAQuarterCarriesTheQuarterlyReport() {
		ReportCycle.Due december = this.cycle.of(YearMonth.of(2027, 12)).get(0);
		assertThat(december.quarterly()).isTrue();
		assertThat(december.quarter()).isEqualTo(4);
		assertThat(this.cycle.of(YearMonth.of(2027, 11)).get(0).quarterly()).isFalse();
	}

	@Test
	void tetMovesTheRemindersOfItsDaysBeforeIt() {
		// Tết 2027: the holidays run from 5 to 10 February (published dates), so the 5th
		// and
		// 8th are reminded on Thursday the 4th, and the 10th's report too.
		assertThat(this.cycle.of(YearMonth.of(2027, 2))).filteredOn((due) -> due.day().getDayOfMonth() <= 10)
			.extracting(ReportCycle.Due::remindOn)
			.containsOnly(LocalDate.of(2027, 2, 4));
	}

}
