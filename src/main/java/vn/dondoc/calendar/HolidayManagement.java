package vn.dondoc.calendar;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.dondoc.audit.AuditTrail;
import vn.dondoc.common.RuleViolation;

/**
 * The calendar table: filled from the Labour Code for the years the application plans in,
 * and kept by the administrator for what the Government announces each year.
 */
@Service
@Transactional
public class HolidayManagement {

	/** The years filled from the Labour Code on start. */
	static final int FIRST_YEAR = 2020;

	static final int LAST_YEAR = 2035;

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	HolidayManagement(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * Adds the Labour Code's days for every year that has none yet; a year the
	 * administrator already worked on is left as it is.
	 * @return how many days were added
	 */
	public int fillFromLabourCode() {
		int added = 0;
		java.util.Set<Integer> filled = new java.util.HashSet<>(
				this.jdbc.sql("SELECT DISTINCT EXTRACT(YEAR FROM day)::int FROM holiday WHERE source = 'LAW'")
					.query(Integer.class)
					.list());
		for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
			if (!filled.contains(year)) {
				for (SpecialDay day : LabourCodeHolidays.of(year)) {
					added += insert(day, "LAW");
				}
			}
		}
		return added;
	}

	@Transactional(readOnly = true)
	public List<SpecialDay> ofYear(int year) {
		return this.jdbc.sql("SELECT day, name, kind, source FROM holiday WHERE day BETWEEN :from AND :to ORDER BY day")
			.param("from", Date.valueOf(LocalDate.of(year, 1, 1)))
			.param("to", Date.valueOf(LocalDate.of(year, 12, 31)))
			.query(HolidayManagement::map)
			.list();
	}

	public void add(LocalDate day, String name, DayKind kind) {
		if (kind == DayKind.WORKING_DAY && !LabourCodeHolidays.isWeekend(day)) {
			throw new RuleViolation("day", "holiday.workingDay.weekday");
		}
		if (insert(new SpecialDay(day, name, kind, false), "ADMIN") == 0) {
			throw new RuleViolation("day", "holiday.day.taken");
		}
		this.audit.recordChange("HOLIDAY_ADDED", "HOLIDAY", day.toEpochDay(), day + " " + name, null,
				Map.of("day", day.toString(), "name", name, "kind", kind.name()));
	}

	public void remove(LocalDate day) {
		SpecialDay existing = this.jdbc.sql("SELECT day, name, kind, source FROM holiday WHERE day = :day")
			.param("day", Date.valueOf(day))
			.query(HolidayManagement::map)
			.optional()
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		this.jdbc.sql("DELETE FROM holiday WHERE day = :day").param("day", Date.valueOf(day)).update();
		this.audit.recordChange("HOLIDAY_REMOVED", "HOLIDAY", day.toEpochDay(), day + " " + existing.name(),
				Map.of("day", day.toString(), "name", existing.name(), "kind", existing.kind().name()), null);
	}

	private static SpecialDay map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new SpecialDay(rs.getDate(1).toLocalDate(), rs.getString(2), DayKind.valueOf(rs.getString(3)),
				"LAW".equals(rs.getString(4)));
	}

	private int insert(SpecialDay day, String source) {
		return this.jdbc.sql("""
				INSERT INTO holiday (day, name, kind, source, created_at) VALUES (:day, :name, :kind, :source, :at)
				ON CONFLICT (day) DO NOTHING
				""")
			.param("day", Date.valueOf(day.day()))
			.param("name", day.name())
			.param("kind", day.kind().name())
			.param("source", source)
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
	}

}
