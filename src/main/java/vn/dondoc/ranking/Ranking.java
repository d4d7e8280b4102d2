package vn.dondoc.ranking;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.audit.AuditTrail;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.directive.TaskStatistics;
import vn.dondoc.organisation.UnitDirectory;
import vn.dondoc.reporting.ReportMonth;
import vn.dondoc.reporting.ReportUrging;
import vn.dondoc.reporting.UnitReporting;

/**
 * Computes a month's ranking from the tasks as they stood at the month's end, keeps it
 * when leadership confirms it, and sums the months of a year.
 */
@Service
@Transactional(readOnly = true)
public class Ranking {

	/** A month's rows, best first, and whether (and by whom) it is confirmed. */
	public record Month(YearMonth month, List<UnitMonth> rows, String confirmedBy, Instant confirmedAt) {

		public boolean confirmed() {
			return this.confirmedBy != null;
		}

	}

	/** A unit's year: the months summed. */
	public record UnitYear(long unitId, String unitName, int months, int due, int onTime, int overdue, int notices,
			int urges, Double averageScore, Grade grade) {

		public Double onTimeRate() {
			return (this.due == 0) ? null : Math.round(1000.0 * this.onTime / this.due) / 10.0;
		}

	}

	private final JdbcClient jdbc;

	private final RankingSettings settings;

	private final Clock clock;

	private final AuditTrail audit;

	private final TaskStatistics statistics;

	private final UnitDirectory units;

	private final UnitReporting reports;

	private final ReportUrging reportUrges;

	Ranking(JdbcClient jdbc, RankingSettings settings, Clock clock, AuditTrail audit, TaskStatistics statistics,
			UnitDirectory units, UnitReporting reports, ReportUrging reportUrges) {
		this.statistics = statistics;
		this.units = units;
		this.reports = reports;
		this.reportUrges = reportUrges;
		this.jdbc = jdbc;
		this.settings = settings;
		this.clock = clock;
		this.audit = audit;
	}

	/** The month as confirmed, or computed now if it is not. */
	public Month month(YearMonth month) {
		Optional<Object[]> confirmation = this.jdbc
			.sql("SELECT confirmed_by, confirmed_at FROM ranking_month WHERE month = :month")
			.param("month", Date.valueOf(month.atDay(1)))
			.query((rs, row) -> new Object[] { rs.getString(1), rs.getTimestamp(2).toInstant() })
			.optional();
		if (confirmation.isPresent()) {
			List<UnitMonth> rows = this.jdbc.sql("""
					SELECT unit_id, unit_name, due, on_time, open_at_end, overdue, active, updated, notices, urges,
					       report, score, grade
					FROM ranking_row WHERE month = :month ORDER BY score DESC NULLS LAST, unit_name
					""")
				.param("month", Date.valueOf(month.atDay(1)))
				.query((rs, row) -> new UnitMonth(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4),
						rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9), rs.getInt(10),
						rs.getString(11), (rs.getBigDecimal(12) != null) ? rs.getBigDecimal(12).doubleValue() : null,
						(rs.getString(13) != null) ? Grade.valueOf(rs.getString(13)) : null))
				.list();
			return new Month(month, rows, (String) confirmation.get()[0], (Instant) confirmation.get()[1]);
		}
		return new Month(month, compute(month), null, null);
	}

	/**
	 * The month's figures per lead unit, as the tasks stood at the end of its last day.
	 */
	List<UnitMonth> compute(YearMonth month) {
		LocalDate first = month.atDay(1);
		LocalDate last = month.atEndOfMonth();
		Instant start = first.atStartOfDay(this.clock.getZone()).toInstant();
		Instant end = last.plusDays(1).atStartOfDay(this.clock.getZone()).toInstant();
		Map<Long, TaskStatistics.MonthOfWork> work = this.statistics.monthOfWork(first, last, start, end);
		Map<Long, Integer> urges = new java.util.HashMap<>(
				this.statistics.urgesPerLeadUnit(start, end, this.settings.countAutomaticUrges()));
		if (this.settings.countReportUrges()) {
			this.reportUrges.countsBetween(start, end).forEach((unit, n) -> urges.merge(unit, n, Integer::sum));
		}
		Map<Long, Boolean> sent = this.reports.sentOnTime(first);
		boolean reportDue = new ReportMonth(month).due().isBefore(LocalDate.now(this.clock));
		List<UnitMonth> rows = new ArrayList<>();
		for (UnitDirectory.UnitSummary unit : this.units.all()) {
			TaskStatistics.MonthOfWork w = work.get(unit.id());
			int urged = urges.getOrDefault(unit.id(), 0);
			if (!unit.reporting() && w == null && urged == 0) {
				continue;
			}
			w = (w != null) ? w : TaskStatistics.MonthOfWork.NONE;
			Boolean onTime = sent.get(unit.id());
			String report = (onTime != null) ? (onTime ? "ON_TIME" : "LATE") : (reportDue ? "MISSING" : null);
			rows.add(new UnitMonth(unit.id(), unit.name(), w.due(), w.onTime(), w.openAtEnd(), w.overdue(), w.active(),
					w.updated(), w.notices(), urged, report, null, null)
				.scored(this.settings));
		}
		List<UnitMonth> sorted = new ArrayList<>(rows);
		sorted.sort(Comparator.comparing(UnitMonth::score, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(UnitMonth::unitName));
		return sorted;
	}

	/**
	 * Keeps the month's figures as they are now; later task changes no longer move them.
	 * Only a month that has ended can be confirmed, and only once.
	 */
	@Transactional
	public void confirm(YearMonth month, String by) {
		if (!month.isBefore(YearMonth.now(this.clock))) {
			throw new RuleViolation("month", "ranking.notEnded");
		}
		try {
			this.jdbc.sql("INSERT INTO ranking_month (month, confirmed_by, confirmed_at) VALUES (:month, :by, :at)")
				.param("month", Date.valueOf(month.atDay(1)))
				.param("by", by)
				.param("at", Timestamp.from(this.clock.instant()))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new RuleViolation("month", "ranking.alreadyConfirmed");
		}
		List<UnitMonth> rows = compute(month);
		for (UnitMonth row : rows) {
			this.jdbc.sql("""
					INSERT INTO ranking_row (month, unit_id, unit_name, due, on_time, open_at_end, overdue, active,
					                         updated, notices, urges, report, score, grade)
					VALUES (:month, :unit, :name, :due, :onTime, :open, :overdue, :active, :updated, :notices, :urges,
					        :report, :score, :grade)
					""")
				.param("month", Date.valueOf(month.atDay(1)))
				.param("unit", row.unitId())
				.param("name", row.unitName())
				.param("due", row.due())
				.param("onTime", row.onTime())
				.param("open", row.openAtEnd())
				.param("overdue", row.overdue())
				.param("active", row.active())
				.param("updated", row.updated())
				.param("notices", row.notices())
				.param("urges", row.urges())
				.param("report", row.report())
				.param("score", row.score())
				.param("grade", (row.grade() != null) ? row.grade().name() : null)
				.update();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("month", month.toString());
		after.put("units", rows.size());
		this.audit.recordChange("RANKING_CONFIRMED", "RANKING", (long) (month.getYear() * 100 + month.getMonthValue()),
				month.getMonthValue() + "/" + month.getYear(), Map.of(), after);
	}

	/**
	 * The ended months of a year, each as confirmed or as computed now, summed per unit.
	 */
	public List<UnitYear> year(int year) {
		YearMonth current = YearMonth.now(this.clock);
		Map<Long, List<UnitMonth>> byUnit = new LinkedHashMap<>();
		for (YearMonth month = YearMonth.of(year, 1); month.getYear() == year
				&& month.isBefore(current); month = month.plusMonths(1)) {
			for (UnitMonth row : month(month).rows()) {
				byUnit.computeIfAbsent(row.unitId(), (id) -> new ArrayList<>()).add(row);
			}
		}
		List<UnitYear> years = new ArrayList<>();
		byUnit.forEach((unitId, months) -> {
			double scores = 0;
			int scored = 0;
			for (UnitMonth m : months) {
				if (m.score() != null) {
					scores += m.score();
					scored++;
				}
			}
			Double average = (scored == 0) ? null : Math.round(10 * scores / scored) / 10.0;
			years.add(new UnitYear(unitId, months.get(months.size() - 1).unitName(), months.size(),
					months.stream().mapToInt(UnitMonth::due).sum(), months.stream().mapToInt(UnitMonth::onTime).sum(),
					months.stream().mapToInt(UnitMonth::overdue).sum(),
					months.stream().mapToInt(UnitMonth::notices).sum(),
					months.stream().mapToInt(UnitMonth::urges).sum(), average, this.settings.grade(average)));
		});
		years.sort(Comparator.comparing(UnitYear::averageScore, Comparator.nullsLast(Comparator.reverseOrder()))
			.thenComparing(UnitYear::unitName));
		return years;
	}

	RankingSettings settings() {
		return this.settings;
	}

}
