package vn.dondoc.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.springframework.web.util.UriComponentsBuilder;
import vn.dondoc.directive.TaskOverview;
import vn.dondoc.common.DayParameter;
import vn.dondoc.directive.TaskFilter;
import vn.dondoc.directive.TaskStatistics;
import vn.dondoc.reporting.ReportMonth;
import vn.dondoc.urging.ReportDutySource;

/**
 * Everything the dashboard page shows, with the link of every number and the geometry of
 * every chart worked out here, so that the template only places them.
 */
public record DashboardView(String period, Long unitId, String unitName, LocalDate today, java.time.Instant computedAt,
		DashboardFigures total, List<Segment> split, List<UnitBar> unitBars, long[] overdueBuckets,
		List<TaskOverview.TaskLine> mostOverdue, long dueCount, List<TaskOverview.TaskLine> dueSoon, List<Month> trend,
		TaskStatistics.Parts parts, YearMonth reportMonth, List<ReportDutySource.ReportOwing> reportsDue,
		long overdueToday, String overdueTodayLink, LocalDate asOf) {

	/** The states in the order of the table and the charts, with their colours. */
	static final List<String> STATES = List.of("ON_TIME", "LATE", "WITHIN", "OVERDUE", "NO_DEADLINE", "NOT_MEASURED");

	static final List<String> COLOURS = List.of("#198754", "#fd7e14", "#0d6efd", "#dc3545", "#6c757d", "#adb5bd");

	/** One part of a horizontal bar, in percent of the bar's full width. */
	public record Segment(String state, String colour, long count, double x, double width) {
	}

	public record UnitBar(DashboardFigures figures, List<Segment> segments) {
	}

	/**
	 * One month of the trend: counts of received, completed and fallen overdue, with bar
	 * heights in percent of the highest.
	 */
	public record Month(YearMonth month, long received, long completed, long fellOverdue, double receivedHeight,
			double completedHeight, double fellOverdueHeight) {

		public String label() {
			return this.month.getMonthValue() + "/" + this.month.getYear();
		}

		public String key() {
			return this.month.toString();
		}

	}

	public List<String> states() {
		return STATES;
	}

	/** The names of the units that have not sent a report, for the line under it. */
	public String unitsOwing(ReportDutySource.ReportOwing report) {
		return String.join(", ", report.units().stream().map(ReportDutySource.UnitOwing::name).toList());
	}

	public String reportDue() {
		return DayParameter.DMY.format(new ReportMonth(this.reportMonth).due());
	}

	public List<TaskFilter.PartState> partStates() {
		return List.of(TaskFilter.PartState.values());
	}

	public List<String> bucketLabels() {
		return List.of("1–7", "8–30", "31–90", "> 90");
	}

	static long count(DashboardFigures figures, String state) {
		return switch (state) {
			case "ON_TIME" -> figures.onTime();
			case "LATE" -> figures.late();
			case "WITHIN" -> figures.within();
			case "OVERDUE" -> figures.overdue();
			case "NO_DEADLINE" -> figures.noDeadline();
			default -> figures.returned();
		};
	}

	static List<Segment> segments(DashboardFigures figures, long full) {
		java.util.ArrayList<Segment> segments = new java.util.ArrayList<>();
		double x = 0;
		for (int i = 0; i < STATES.size(); i++) {
			long count = count(figures, STATES.get(i));
			double width = (full == 0) ? 0 : 100.0 * count / full;
			segments.add(new Segment(STATES.get(i), COLOURS.get(i), count, x, width));
			x += width;
		}
		return segments;
	}

	/** The task list of the period's tasks of a unit (all units when null) in a state. */
	public String link(Long unit, String state) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/tasks").queryParam("period", this.period);
		if (unit != null) {
			link.queryParam("unit", unit);
		}
		if (state != null) {
			link.queryParam("timeliness", state).queryParam("asOf", DayParameter.DMY.format(this.asOf));
		}
		return link.build().encode().toUriString();
	}

	/** Open overdue tasks of the period whose deadline is in a range of days ago. */
	public String overdueLink(int bucket) {
		int[][] days = { { 1, 7 }, { 8, 30 }, { 31, 90 }, { 91, -1 } };
		UriComponentsBuilder link = UriComponentsBuilder.fromUriString(link(this.unitId, "OVERDUE"));
		if (days[bucket][1] > 0) {
			link.queryParam("from", DayParameter.DMY.format(this.asOf.minusDays(days[bucket][1])));
		}
		link.queryParam("to", DayParameter.DMY.format(this.asOf.minusDays(days[bucket][0])));
		return link.build().toUriString();
	}

	public String dueSoonLink() {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/tasks").queryParam("status", "OPEN");
		if (this.unitId != null) {
			link.queryParam("unit", this.unitId);
		}
		return link.queryParam("from", DayParameter.DMY.format(this.today))
			.queryParam("to", DayParameter.DMY.format(this.today.plusDays(7)))
			.build()
			.encode()
			.toUriString();
	}

	/** The trend's lists: received in, completed in, or fallen overdue in a month. */
	public String trendLink(Month month, String series) {
		UriComponentsBuilder link = UriComponentsBuilder.fromPath("/tasks").queryParam(switch (series) {
			case "completed" -> "completed";
			case "fellOverdue" -> "fellOverdue";
			default -> "period";
		}, month.key());
		if (this.unitId != null) {
			link.queryParam("unit", this.unitId);
		}
		return link.build().encode().toUriString();
	}

	/** The tasks on which the unit coordinates a part in a state. */
	public String partLink(TaskFilter.PartState state) {
		return TaskStatistics.partListOf(state, this.unitId);
	}

	public String rate(DashboardFigures figures) {
		Double rate = figures.onTimeRate();
		return (rate == null) ? "–" : String.format(java.util.Locale.ROOT, "%.1f", rate).replace('.', ',') + " %";
	}

}
