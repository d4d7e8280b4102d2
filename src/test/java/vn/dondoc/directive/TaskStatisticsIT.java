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
 * every task of the demo data, for both sets (received in a period, open on a day) —
 * units, periods, returns, extensions, tasks without a deadline — for a month under way,
 * a past month and a year: the same figures for every unit.
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
				// Received in the period, as they stood on its last day (or today).
				Map<Long, int[]> expected = new HashMap<>();
				// Open on that day, whenever received.
				Map<Long, int[]> open = new HashMap<>();
				for (Task task : all) {
					LocalDate on = received.get(task.getDirectiveId());
					Timeliness timeliness = Timeliness.of(task.getStatus(), task.getDeadline(), task.getCompletedOn(),
							asOf);
					if (!on.isBefore(period[0]) && !on.isAfter(period[1])) {
						int[] c = expected.computeIfAbsent(task.getLeadUnitId(), (id) -> new int[7]);
						c[0]++;
						c[1 + List
							.of(Timeliness.ON_TIME, Timeliness.LATE, Timeliness.WITHIN, Timeliness.OVERDUE,
									Timeliness.NO_DEADLINE, Timeliness.NOT_MEASURED)
							.indexOf(timeliness)]++;
					}
					int state = List.of(Timeliness.WITHIN, Timeliness.OVERDUE, Timeliness.NO_DEADLINE)
						.indexOf(timeliness);
					// (today every open task counts: other tests leave directives
					// received
					// on days to come, which real use cannot)
					if ((asOf.equals(today) || !on.isAfter(asOf)) && state >= 0) {
						open.computeIfAbsent(task.getLeadUnitId(), (id) -> new int[3])[state]++;
					}
				}
				Map<Long, TaskStatistics.Counts> counted = this.statistics.receivedIn(period[0], period[1], asOf, null,
						null);
				for (Map.Entry<Long, int[]> unit : expected.entrySet()) {
					int[] c = unit.getValue();
					assertThat(counted.getOrDefault(unit.getKey(), TaskStatistics.Counts.NONE))
						.as("received by unit %s from %s to %s", unit.getKey(), period[0], period[1])
						.isEqualTo(new TaskStatistics.Counts(c[0], c[1], c[2], c[3], c[4], c[5], c[6]));
				}
				assertThat(counted.keySet()).isEqualTo(expected.keySet());
				Map<Long, TaskStatistics.Open> openCounted = this.statistics.openOn(asOf, null, null);
				for (Map.Entry<Long, int[]> unit : open.entrySet()) {
					int[] c = unit.getValue();
					assertThat(openCounted.getOrDefault(unit.getKey(), TaskStatistics.Open.NONE))
						.as("open for unit %s on %s", unit.getKey(), asOf)
						.isEqualTo(new TaskStatistics.Open(c[0], c[1], c[2]));
				}
				assertThat(openCounted.keySet()).isEqualTo(open.keySet());
			}
		});
	}

}
