package vn.dondoc.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.dondoc.directive.TaskCategory;
import vn.dondoc.directive.TaskStatistics;
import vn.dondoc.directive.TaskStatistics.Figure;

/**
 * The task list behind each figure of a report, for its page: the figures were taken on a
 * day (when sent or snapshot, else now), and open tasks are judged within or overdue
 * against that day, or the period's last day if it had ended.
 */
@Component
public class ReportFigureLinker {

	private final Clock clock;

	private final TaskStatistics statistics;

	ReportFigureLinker(Clock clock, TaskStatistics statistics) {
		this.clock = clock;
		this.statistics = statistics;
	}

	/**
	 * The lists behind a unit report's figures, by the figure's name and, for a route,
	 * {@code name:CATEGORY}.
	 */
	public Map<String, String> unit(UnitReporting.Report report) {
		Map<String, String> links = new HashMap<>();
		for (String name : UnitReporting.ReportFigures.NAMES) {
			links.put(name, unit(report, name, null));
			for (TaskCategory category : TaskCategory.values()) {
				links.put(name + ":" + category.name(), unit(report, name, category.name()));
			}
		}
		return links;
	}

	/**
	 * The lists behind a Department report's figures, by {@code unitId:name} or
	 * {@code total:name}; a figure whose list cannot be named has none.
	 */
	public Map<String, String> department(DepartmentReporting.Report report) {
		Map<String, String> links = new HashMap<>();
		if (report == null || report.figures() == null) {
			return links;
		}
		List<DepartmentReporting.UnitLine> lines = new ArrayList<>(report.figures().units());
		lines.add(report.figures().total());
		for (DepartmentReporting.UnitLine line : lines) {
			for (String name : UnitReporting.ReportFigures.NAMES) {
				String link = department(report, line, name);
				if (link != null) {
					links.put(((line.unitId() != null) ? line.unitId().toString() : "total") + ":" + name, link);
				}
			}
		}
		return links;
	}

	/**
	 * The unit's open tasks on the report's day (its last, or today while it runs),
	 * whenever received, with their lists: {@code within}, {@code overdue},
	 * {@code noDeadline} and their {@code …Link}.
	 */
	public Map<String, Object> openOn(UnitReporting.Report report) {
		LocalDate day = asOf(null, report.period());
		TaskStatistics.Open open = this.statistics.openOn(day, List.of(report.unitId()), null)
			.getOrDefault(report.unitId(), TaskStatistics.Open.NONE);
		Map<String, Object> figures = new HashMap<>();
		figures.put("day", day);
		figures.put("within", open.within());
		figures.put("overdue", open.overdue());
		figures.put("noDeadline", open.noDeadline());
		figures.put("withinLink", TaskStatistics.openListOf(Figure.WITHIN, day, report.unitId(), null));
		figures.put("overdueLink", TaskStatistics.openListOf(Figure.OVERDUE, day, report.unitId(), null));
		figures.put("noDeadlineLink", TaskStatistics.openListOf(Figure.NO_DEADLINE, day, report.unitId(), null));
		return figures;
	}

	/**
	 * A unit report's figure.
	 * @param figure a name of {@link UnitReporting.ReportFigures#NAMES}
	 * @param category {@code null} for the total, else a route's category's name
	 */
	public String unit(UnitReporting.Report report, String figure, String category) {
		return TaskStatistics.listOf(figure(figure), report.period().from(), report.period().to(),
				asOf(report.sent() ? report.submittedAt() : null, report.period()), report.unitId(),
				(category != null) ? TaskCategory.valueOf(category) : null);
	}

	/**
	 * A Department report's figure, or {@code null} when its line cannot name its list (a
	 * snapshot taken before lines kept their unit, or a total over a chosen set of
	 * units).
	 * @param figure a name of {@link UnitReporting.ReportFigures#NAMES}
	 */
	public String department(DepartmentReporting.Report report, DepartmentReporting.UnitLine line, String figure) {
		boolean total = line == report.figures().total();
		if ((total && !report.period().unitIds().isEmpty()) || (!total && line.unitId() == null)) {
			return null;
		}
		if ("noDeadline".equals(figure) && line.noDeadline() == null) {
			return null;
		}
		return TaskStatistics.listOf(figure(figure), report.period().from(), report.period().to(),
				asOf(report.figuresAt(), report.period()), total ? null : line.unitId(), null);
	}

	private LocalDate asOf(Instant taken, ReportPeriod period) {
		LocalDate day = (taken != null) ? LocalDate.ofInstant(taken, this.clock.getZone()) : LocalDate.now(this.clock);
		return TaskStatistics.asOf(day, period.to());
	}

	private static Figure figure(String name) {
		return switch (name) {
			case "received" -> Figure.RECEIVED;
			case "onTime" -> Figure.ON_TIME;
			case "late" -> Figure.LATE;
			case "within" -> Figure.WITHIN;
			case "overdue" -> Figure.OVERDUE;
			case "noDeadline" -> Figure.NO_DEADLINE;
			default -> throw new IllegalArgumentException(name);
		};
	}

}
