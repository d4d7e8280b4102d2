package vn.dondoc.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;

import vn.dondoc.directive.TaskOverview;
import vn.dondoc.directive.TaskFilter;
import vn.dondoc.directive.TaskStatistics;
import vn.dondoc.organisation.UnitKind;
import vn.dondoc.organisation.UnitManagement;
import vn.dondoc.organisation.UnitNode;
import vn.dondoc.urging.ReportDutySource;

/**
 * Builds the dashboard of a period and a unit (all units when none). A dashboard is kept
 * for a short while (spring.cache.caffeine.spec): it sums tens of thousands of tasks, and
 * many people open it at the start of the day.
 */
@Service
class Dashboard {

	private final TaskOverview queries;

	private final UnitManagement units;

	private final Clock clock;

	private final ReportDutySource duties;

	private final TaskStatistics statistics;

	Dashboard(TaskOverview queries, UnitManagement units, Clock clock, ReportDutySource duties,
			TaskStatistics statistics) {
		this.statistics = statistics;
		this.duties = duties;
		this.queries = queries;
		this.units = units;
		this.clock = clock;
	}

	/**
	 * @param period a valid period ({@link TaskFilter#range(String)})
	 */
	@Cacheable(cacheNames = "dashboard", key = "#period + ':' + #unitId")
	public DashboardView view(String period, Long unitId) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate[] range = TaskFilter.range(period);
		// The period's tasks as they stood on its last day (today while it runs).
		LocalDate asOf = TaskStatistics.asOf(today, range[1]);
		Map<Long, DashboardFigures> counted = figures(range[0], range[1], unitId, asOf);
		List<DashboardFigures> rows = new ArrayList<>();
		String unitName = null;
		for (UnitNode node : this.units.tree()) {
			if (node.id() == (unitId != null ? unitId : -1)) {
				unitName = node.name();
			}
			DashboardFigures figures = counted.remove(node.id());
			boolean shown = (unitId == null) ? node.kind() != UnitKind.DEPARTMENT || figures != null
					: node.id() == unitId;
			if (shown && (figures != null || node.active())) {
				DashboardFigures named = (figures != null) ? figures : DashboardFigures.empty(node.id(), null);
				rows.add(new DashboardFigures(node.id(), node.name(), named.received(), named.onTime(), named.late(),
						named.within(), named.overdue(), named.noDeadline(), named.returned(), named.urges()));
			}
		}
		DashboardFigures total = DashboardFigures.empty(unitId, unitName);
		for (DashboardFigures row : rows) {
			total = total.plus(row);
		}
		long widest = rows.stream().mapToLong(DashboardFigures::received).max().orElse(0);
		List<DashboardView.UnitBar> bars = rows.stream()
			.map((row) -> new DashboardView.UnitBar(row, DashboardView.segments(row, widest)))
			.toList();
		YearMonth last = YearMonth.from(range[1].isAfter(today) ? today : range[1]);
		List<long[]> counts = this.queries.trend(last, unitId, today);
		long max = counts.stream().mapToLong((c) -> Math.max(c[0], Math.max(c[1], c[2]))).max().orElse(0);
		List<DashboardView.Month> trend = new ArrayList<>();
		for (int i = 0; i < counts.size(); i++) {
			long[] c = counts.get(i);
			trend.add(new DashboardView.Month(last.minusMonths(11 - i), c[0], c[1], c[2], height(c[0], max),
					height(c[1], max), height(c[2], max)));
		}
		return new DashboardView(period, unitId, unitName, today, this.clock.instant(), total,
				DashboardView.segments(total, total.received()), bars,
				this.queries.overdueBuckets(range[0], range[1], unitId, asOf, asOf.isBefore(today)),
				this.queries.mostOverdue(range[0], range[1], unitId, asOf, asOf.isBefore(today), 10),
				this.queries.dueCount(unitId, today, today.plusDays(7)),
				this.queries.dueSoon(unitId, today, today.plusDays(7), 10), trend,
				(unitId != null) ? this.statistics.coordinatingOn(today, unitId) : null, YearMonth.from(today),
				pending(unitId, YearMonth.from(today)), this.statistics.overdueOn(today, unitId),
				TaskStatistics.openListOf(TaskStatistics.Figure.OVERDUE, today, unitId, null), asOf);
	}

	/**
	 * The figures of the tasks received in the period, from their one owner, with the
	 * times they were urged.
	 */
	private Map<Long, DashboardFigures> figures(LocalDate from, LocalDate to, Long unitId, LocalDate asOf) {
		Map<Long, Long> urges = this.queries.urges(from, to, unitId);
		Map<Long, DashboardFigures> figures = new java.util.LinkedHashMap<>();
		this.statistics.receivedIn(from, to, asOf, (unitId != null) ? List.of(unitId) : null, null)
			.forEach((unit, c) -> figures.put(unit, new DashboardFigures(unit, null, c.received(), c.onTime(), c.late(),
					c.within(), c.overdue(), c.noDeadline(), c.returned(), urges.getOrDefault(unit, 0L))));
		return figures;
	}

	/**
	 * The reports due on the month's due day (the quarter's too in its last month), each
	 * with its own units that have not sent it: the unit itself, or every unit.
	 */
	private List<ReportDutySource.ReportOwing> pending(Long unitId, YearMonth month) {
		return this.duties.reportsOwing(month)
			.stream()
			.map((report) -> new ReportDutySource.ReportOwing(report.code(), report.labelKey(), report.labelArg(),
					report.due(),
					report.units().stream().filter((owing) -> unitId == null || owing.unitId() == unitId).toList()))
			.toList();
	}

	private static double height(long value, long max) {
		return (max == 0) ? 0 : 100.0 * value / max;
	}

}
