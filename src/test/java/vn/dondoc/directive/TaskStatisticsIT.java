package vn.dondoc.directive;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import vn.dondoc.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SQL of {@link TaskStatistics} against the rule in Java ({@link Timeliness#of}) on
 * every task of the demo data — units, periods, returns, extensions, tasks without a
 * deadline — for a month under way, a past month and a year: the same figures for every
 * unit.
 */
@IntegrationTest
class TaskStatisticsIT {

	@Autowired
	TaskStatistics statistics;

	@Autowired
	Tasks tasks;

	@Autowired
	Directives directives;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	java.time.Clock clock;

	@Test
	void theSqlCountsAsTheRuleInJavaDoes() {
		LocalDate today = LocalDate.now(this.clock);
		List<LocalDate[]> periods = List.of(new LocalDate[] { today.minusMonths(1).withDayOfMonth(11), today },
				new LocalDate[] { today.minusMonths(3).withDayOfMonth(11), today.minusMonths(2).withDayOfMonth(10) },
				new LocalDate[] { today.minusYears(1).withDayOfYear(1),
						today.minusYears(1).withMonth(12).withDayOfMonth(31) });
		this.tx.executeWithoutResult((status) -> {
			List<Task> all = this.tasks.findAll();
			Map<Long, LocalDate> received = new HashMap<>();
			this.directives.findAll().forEach((d) -> received.put(d.getId(), d.getReceivedDate()));
			assertThat(all).hasSizeGreaterThan(20);
			for (LocalDate[] period : periods) {
				LocalDate asOf = TaskStatistics.asOf(today, period[1]);
				Map<Long, int[]> expected = new HashMap<>();
				for (Task task : all) {
					int[] c = expected.computeIfAbsent(task.getLeadUnitId(), (id) -> new int[6]);
					LocalDate on = received.get(task.getDirectiveId());
					if (!on.isBefore(period[0]) && !on.isAfter(period[1])) {
						c[0]++;
					}
					Timeliness timeliness = Timeliness.of(task.getStatus(), task.getDeadline(), task.getCompletedOn(),
							asOf);
					boolean doneInPeriod = task.getCompletedOn() != null && !task.getCompletedOn().isBefore(period[0])
							&& !task.getCompletedOn().isAfter(period[1]);
					switch (timeliness) {
						case ON_TIME -> c[1] += doneInPeriod ? 1 : 0;
						case LATE -> c[2] += doneInPeriod ? 1 : 0;
						case WITHIN -> c[3]++;
						case OVERDUE -> c[4]++;
						case NO_DEADLINE -> c[5]++;
						default -> {
						}
					}
				}
				Map<Long, TaskStatistics.Counts> counted = this.statistics.ofPeriod(period[0], period[1], asOf, null,
						null);
				for (Map.Entry<Long, int[]> unit : expected.entrySet()) {
					int[] c = unit.getValue();
					assertThat(counted.getOrDefault(unit.getKey(), TaskStatistics.Counts.NONE))
						.as("unit %s from %s to %s", unit.getKey(), period[0], period[1])
						.isEqualTo(new TaskStatistics.Counts(c[0], c[1], c[2], c[3], c[4], c[5]));
				}
			}
		});
	}

}
