package vn.dondoc.reporting;

import java.sql.Array;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.dondoc.organisation.UnitDirectory;
import vn.dondoc.account.Role;
import vn.dondoc.audit.AuditTrail;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Texts;
import vn.dondoc.account.Actor;
import vn.dondoc.reporting.ReportPeriod.Kind;

/**
 * The periods units report on: months and quarters from the calendar, and the 6-month,
 * 9-month, yearly and ad hoc requests that the office or leadership set up with their due
 * dates.
 */
@Service
@Transactional
public class ReportPeriodManagement {

	/** What the office or leadership asks for; dates already read from the form. */
	public record Request(Kind kind, Integer year, String title, String scope, LocalDate from, LocalDate to,
			LocalDate due, List<Long> unitIds) {
	}

	private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

	private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

	private static final Pattern STORED = Pattern.compile("P(\\d{1,12})");

	private static final String COLUMNS = """
			p.id, p.kind, p.year, p.title, p.scope, p.covers_from, p.covers_to, p.due_on, p.requested_by, p.version,
			ARRAY(SELECT pu.unit_id FROM report_period_unit pu WHERE pu.period_id = p.id ORDER BY pu.unit_id)
			""";

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	private final UnitDirectory units;

	ReportPeriodManagement(JdbcClient jdbc, AuditTrail audit, UnitDirectory units, Clock clock) {
		this.jdbc = jdbc;
		this.units = units;
		this.audit = audit;
		this.clock = clock;
	}

	/**
	 * The period a code names.
	 * @return empty when the code is well formed but names nothing (an unknown request, a
	 * month or quarter too far ahead)
	 * @throws IllegalArgumentException when the code is not a period's code at all
	 */
	@Transactional(readOnly = true)
	public Optional<ReportPeriod> find(String code) {
		String value = (code != null) ? code.strip() : "";
		YearMonth now = YearMonth.now(this.clock);
		Matcher m = MONTH.matcher(value);
		if (m.matches()) {
			int month = Integer.parseInt(m.group(2));
			int year = Integer.parseInt(m.group(1));
			if (month < 1 || month > 12 || year < 2000) {
				throw new IllegalArgumentException("not a month");
			}
			YearMonth chosen = YearMonth.of(year, month);
			return chosen.isAfter(now.plusMonths(1)) ? Optional.empty() : Optional.of(ReportPeriod.month(chosen));
		}
		m = QUARTER.matcher(value);
		if (m.matches()) {
			int year = Integer.parseInt(m.group(1));
			if (year < 2000) {
				throw new IllegalArgumentException("not a quarter");
			}
			ReportPeriod quarter = ReportPeriod.quarter(year, Integer.parseInt(m.group(2)));
			return quarter.from().isAfter(now.plusMonths(1).atEndOfMonth()) ? Optional.empty() : Optional.of(quarter);
		}
		m = STORED.matcher(value);
		if (m.matches()) {
			return this.jdbc.sql("SELECT " + COLUMNS + " FROM report_period p WHERE p.id = :id")
				.param("id", Long.parseLong(m.group(1)))
				.query(this::row)
				.optional();
		}
		throw new IllegalArgumentException("not a period");
	}

	/**
	 * The period a URL names: this month when blank.
	 * @throws ResponseStatusException 400 for what is not a period's code, 404 for a
	 * period that does not exist
	 */
	@Transactional(readOnly = true)
	public ReportPeriod fromUrl(String value) {
		if (value == null || value.isBlank()) {
			return ReportPeriod.month(YearMonth.now(this.clock));
		}
		try {
			return find(value).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a period");
		}
	}

	/**
	 * The period of something already stored under its code (a report), whatever the
	 * clock says now.
	 */
	@Transactional(readOnly = true)
	public ReportPeriod stored(String code) {
		Matcher m = MONTH.matcher(code);
		if (m.matches()) {
			return ReportPeriod.month(YearMonth.parse(code));
		}
		m = QUARTER.matcher(code);
		if (m.matches()) {
			return ReportPeriod.quarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
		}
		return find(code).orElseThrow(() -> new IllegalStateException("No period " + code));
	}

	/**
	 * The periods of stored codes, requests read in one query.
	 */
	@Transactional(readOnly = true)
	public Map<String, ReportPeriod> stored(java.util.Collection<String> codes) {
		Map<String, ReportPeriod> periods = new java.util.HashMap<>();
		List<Long> ids = new ArrayList<>();
		for (String code : codes) {
			Matcher m = STORED.matcher(code);
			if (m.matches()) {
				ids.add(Long.parseLong(m.group(1)));
			}
			else {
				periods.put(code, stored(code));
			}
		}
		if (!ids.isEmpty()) {
			this.jdbc.sql("SELECT " + COLUMNS + " FROM report_period p WHERE p.id IN (:ids)")
				.param("ids", ids)
				.query(this::row)
				.list()
				.forEach((period) -> periods.put(period.code(), period));
		}
		return periods;
	}

	/** The year's quarters and the requests due in it, latest due first. */
	@Transactional(readOnly = true)
	public List<ReportPeriod> ofYear(int year) {
		List<ReportPeriod> periods = new ArrayList<>(this.jdbc
			.sql("SELECT " + COLUMNS + " FROM report_period p WHERE p.year = :year ORDER BY p.due_on DESC, p.id DESC")
			.param("year", year)
			.query(this::row)
			.list());
		LocalDate horizon = YearMonth.now(this.clock).plusMonths(1).atEndOfMonth();
		for (int q = 4; q >= 1; q--) {
			ReportPeriod quarter = ReportPeriod.quarter(year, q);
			if (!quarter.from().isAfter(horizon)) {
				periods.add(quarter);
			}
		}
		periods.sort((a, b) -> b.due().compareTo(a.due()));
		return periods;
	}

	/**
	 * What a unit is asked to report on now: this month, this quarter, last month's and
	 * quarter's while not sent, and the requests that include it, due from a month ago
	 * on.
	 */
	@Transactional(readOnly = true)
	public List<ReportPeriod> askedOf(long unitId) {
		LocalDate today = LocalDate.now(this.clock);
		YearMonth month = ReportMonth.writing(today);
		List<ReportPeriod> periods = new ArrayList<>();
		periods.add(ReportPeriod.month(month));
		ReportPeriod quarter = ReportPeriod.quarterOf(month);
		periods.add(quarter);
		// Late reports stay on the list until they are sent.
		List<ReportPeriod> previous = new ArrayList<>(List.of(ReportPeriod.month(month.minusMonths(1))));
		if (!ReportPeriod.quarterOf(month.minusMonths(1)).code().equals(quarter.code())) {
			previous.add(ReportPeriod.quarterOf(month.minusMonths(1)));
		}
		List<String> sent = this.jdbc
			.sql("SELECT period FROM unit_report WHERE unit_id = :unit AND period IN (:codes) AND status = :submitted")
			.param("submitted", UnitReportState.SUBMITTED.name())
			.param("unit", unitId)
			.param("codes", previous.stream().map(ReportPeriod::code).toList())
			.query(String.class)
			.list();
		previous.stream().filter((period) -> !sent.contains(period.code())).forEach(periods::add);
		periods.addAll(this.jdbc.sql("SELECT " + COLUMNS + """
				FROM report_period p WHERE p.due_on >= :since AND (NOT EXISTS (SELECT 1 FROM report_period_unit x
				  WHERE x.period_id = p.id) OR EXISTS (SELECT 1 FROM report_period_unit x
				  WHERE x.period_id = p.id AND x.unit_id = :unit))
				ORDER BY p.due_on, p.id
				""").param("since", Date.valueOf(today.minusMonths(1))).param("unit", unitId).query(this::row).list());
		return periods;
	}

	/**
	 * Sets up a 6-month, 9-month or yearly report (the office) or an ad hoc request
	 * (leadership or the office).
	 * @return the new period's code
	 */
	public String open(Actor actor, Request request) {
		Kind kind = request.kind();
		if (kind == null || !kind.requested()) {
			throw new RuleViolation("kind", "period.kind.required");
		}
		boolean office = actor.has(Role.OFFICE) || actor.has(Role.PLANNING);
		if ((kind == Kind.AD_HOC) ? !(office || actor.has(Role.LEADER)) : !office) {
			throw new AccessDeniedException("Only the office sets up report periods");
		}
		LocalDate today = LocalDate.now(this.clock);
		if (request.due() == null) {
			throw new RuleViolation("due", "period.due.required");
		}
		if (request.due().isBefore(today)) {
			throw new RuleViolation("due", "period.due.past");
		}
		String title = Texts.clean(request.title());
		int year;
		LocalDate from;
		LocalDate to;
		if (kind == Kind.AD_HOC) {
			if (title == null) {
				throw new RuleViolation("title", "period.title.required");
			}
			if (title.length() > 300) {
				throw new RuleViolation("title", "period.title.long");
			}
			year = request.due().getYear();
			from = (request.from() != null) ? request.from() : LocalDate.of(year, 1, 1);
			to = (request.to() != null) ? request.to() : request.due();
		}
		else {
			if (request.year() == null || request.year() < 2000 || request.year() > today.getYear() + 1) {
				throw new RuleViolation("year", "period.year.invalid");
			}
			year = request.year();
			title = null;
			from = (request.from() != null) ? request.from() : LocalDate.of(year, 1, 1);
			to = (request.to() != null) ? request.to()
					: LocalDate.of(year, (kind == Kind.HALF_YEAR) ? 6 : (kind == Kind.NINE_MONTHS) ? 9 : 12, 1)
						.plusMonths(1)
						.minusDays(1);
		}
		if (to.isBefore(from)) {
			throw new RuleViolation("to", "period.range.invalid");
		}
		List<Long> units = (request.unitIds() != null) ? request.unitIds().stream().distinct().sorted().toList()
				: List.of();
		if (!units.isEmpty()) {
			long known = this.units.reportingUnits(units).size();
			if (known != units.size()) {
				throw new RuleViolation("units", "period.units.invalid");
			}
		}
		if (kind != Kind.AD_HOC
				&& this.jdbc.sql("SELECT count(*) FROM report_period WHERE kind = :kind AND year = :year")
					.param("kind", kind.name())
					.param("year", year)
					.query(Long.class)
					.single() > 0) {
			throw new RuleViolation("kind", "period.duplicate");
		}
		String scope = Texts.clean(request.scope());
		if (scope != null && scope.length() > 8000) {
			throw new RuleViolation("scope", "period.scope.long");
		}
		long id;
		try {
			id = this.jdbc.sql("""
					INSERT INTO report_period (kind, year, title, scope, covers_from, covers_to, due_on, requested_by,
					  requested_at)
					VALUES (:kind, :year, :title, :scope, :from, :to, :due, :by, :at) RETURNING id
					""")
				.param("kind", kind.name())
				.param("year", year)
				.param("title", title)
				.param("scope", scope)
				.param("from", Date.valueOf(from))
				.param("to", Date.valueOf(to))
				.param("due", Date.valueOf(request.due()))
				.param("by", actor.name())
				.param("at", Timestamp.from(this.clock.instant()))
				.query(Long.class)
				.single();
		}
		catch (DuplicateKeyException race) {
			throw new RuleViolation("kind", "period.duplicate");
		}
		for (Long unit : units) {
			this.jdbc.sql("INSERT INTO report_period_unit (period_id, unit_id) VALUES (:p, :u)")
				.param("p", id)
				.param("u", unit)
				.update();
		}
		Map<String, Object> after = new LinkedHashMap<>();
		after.put("kind", kind.name());
		after.put("due", request.due().toString());
		after.put("from", from.toString());
		after.put("to", to.toString());
		if (title != null) {
			after.put("title", title);
		}
		if (!units.isEmpty()) {
			after.put("units", units.toString());
		}
		this.audit.recordChange("REPORT_PERIOD_OPENED", "REPORT_PERIOD", id, ReportPeriod.code(id), Map.of(), after);
		return ReportPeriod.code(id);
	}

	/** The office moves a request's due date (UBND changed it). */
	public void changeDue(Actor actor, long id, long version, LocalDate due) {
		if (!(actor.has(Role.OFFICE) || actor.has(Role.PLANNING))) {
			throw new AccessDeniedException("Only the office changes a due date");
		}
		if (due == null) {
			throw new RuleViolation("due", "period.due.required");
		}
		if (due.isBefore(LocalDate.now(this.clock))) {
			throw new RuleViolation("due", "period.due.past");
		}
		LocalDate[] before = this.jdbc.sql("SELECT due_on, covers_from FROM report_period WHERE id = :id")
			.param("id", id)
			.query((rs, row) -> new LocalDate[] { rs.getDate(1).toLocalDate(), rs.getDate(2).toLocalDate() })
			.optional()
			.orElseThrow(() -> new OptimisticLockingFailureException("No such period"));
		if (due.isBefore(before[1])) {
			throw new RuleViolation("due", "period.due.beforeData");
		}
		int changed = this.jdbc
			.sql("UPDATE report_period SET due_on = :due, version = version + 1 WHERE id = :id AND version = :version")
			.param("due", Date.valueOf(due))
			.param("id", id)
			.param("version", version)
			.update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("Period changed by someone else");
		}
		this.audit.recordChange("REPORT_PERIOD_DUE_CHANGED", "REPORT_PERIOD", id, ReportPeriod.code(id),
				Map.of("due", before[0].toString()), Map.of("due", due.toString()));
	}

	@Transactional(readOnly = true)
	public List<UnitDirectory.UnitName> reportingUnits() {
		return this.units.reportingUnits();
	}

	private ReportPeriod row(ResultSet rs, int row) throws SQLException {
		Kind kind = Kind.valueOf(rs.getString(2));
		Array array = rs.getArray(11);
		List<Long> units = (array != null) ? Arrays.stream((Long[]) array.getArray()).toList() : List.of();
		String labelArg = (kind == Kind.AD_HOC) ? rs.getString(4) : String.valueOf(rs.getInt(3));
		return new ReportPeriod(ReportPeriod.code(rs.getLong(1)), kind, rs.getDate(6).toLocalDate(),
				rs.getDate(7).toLocalDate(), rs.getDate(8).toLocalDate(), labelArg, rs.getString(5), rs.getLong(1),
				units, rs.getString(9), rs.getLong(10));
	}

}
