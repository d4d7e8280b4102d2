package vn.dondoc.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.directive.OverdueTaskQueries;
import vn.dondoc.organisation.UnitDirectory;
import vn.dondoc.account.Role;
import vn.dondoc.audit.AuditTrail;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Texts;
import vn.dondoc.account.Actor;
import vn.dondoc.directive.TaskCategory;
import vn.dondoc.directive.TaskStatistics;
import vn.dondoc.urging.HandOff;

/**
 * Units' monthly reports: pre-filled from the unit's tasks while being written, frozen
 * when the head sends them (late when after the due day), returned by the aggregating
 * office for correction and sent again.
 */
@Service
@Transactional
public class UnitReporting {

	/** The counts of a report: the unit's tasks received, done and open in the period. */
	public record ReportFigures(int received, int onTime, int late, int within, int overdue, int noDeadline) {

		/** The figures' names in the order a report lists them. */
		public static final List<String> NAMES = List.of("received", "onTime", "late", "within", "overdue",
				"noDeadline");

		/** One figure by its name in {@link #NAMES}. */
		public int value(String name) {
			return switch (name) {
				case "received" -> this.received;
				case "onTime" -> this.onTime;
				case "late" -> this.late;
				case "within" -> this.within;
				case "overdue" -> this.overdue;
				case "noDeadline" -> this.noDeadline;
				default -> throw new IllegalArgumentException(name);
			};
		}

	}

	/**
	 * The figures split by where they go: general tasks to Văn phòng Sở, specialised
	 * tasks to Phòng KH-TC.
	 */
	public record Routes(ReportFigures general, ReportFigures specialised) {

		ReportFigures total() {
			return new ReportFigures(this.general.received + this.specialised.received,
					this.general.onTime + this.specialised.onTime, this.general.late + this.specialised.late,
					this.general.within + this.specialised.within, this.general.overdue + this.specialised.overdue,
					this.general.noDeadline + this.specialised.noDeadline);
		}

	}

	/** An overdue task with the latest reason and proposal the unit gave. */
	public record OverdueLine(long taskId, String content, LocalDate deadline, String reason, String proposal,
			String category) {
	}

	/** A report as shown: stored, or pre-filled now when nothing is stored yet. */
	public record Report(long unitId, String unitName, ReportPeriod period, UnitReportState status,
			ReportFigures figures, Routes routes, List<OverdueLine> overdue, String assessment, String difficulties,
			String proposals, Instant submittedAt, String submittedBy, Boolean late, String returnedComment,
			Instant returnedAt, String returnedBy, long version) {

		public boolean sent() {
			return this.status.sent();
		}

	}

	/**
	 * One unit's state for a period, for the office's list and the head's: {@code late}
	 * only once a report was sent after its due day (a draft or none is not late yet).
	 */
	public record Status(long unitId, String unitName, UnitReportState status, Instant submittedAt, boolean late) {
	}

	private static final TypeReference<List<OverdueLine>> LINES = new TypeReference<>() {
	};

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditTrail audit;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final TaskStatistics statistics;

	private final OverdueTaskQueries overdueTasks;

	private final UnitDirectory units;

	UnitReporting(JdbcClient jdbc, JsonMapper json, AuditTrail audit, Clock clock, ApplicationEventPublisher events,
			MessageSource messages, TaskStatistics statistics, OverdueTaskQueries overdueTasks, UnitDirectory units) {
		this.statistics = statistics;
		this.overdueTasks = overdueTasks;
		this.units = units;
		this.events = events;
		this.messages = messages;
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Report> of(Actor actor, long unitId, ReportPeriod period) {
		if (!canSee(actor, unitId)) {
			throw new AccessDeniedException("Another unit's report");
		}
		Optional<String> unitName = this.units.reportingUnitName(unitId, false);
		if (unitName.isEmpty() || !period.includes(unitId)) {
			return Optional.empty();
		}
		Optional<Report> stored = this.jdbc.sql("""
				SELECT status, received, on_time, late, within, overdue, no_deadline, overdue_list, assessment,
				       difficulties, proposals, submitted_at, submitted_by, late_submission, returned_comment,
				       returned_at, returned_by, version, by_category
				FROM unit_report WHERE unit_id = :unit AND period = :period
				""").param("unit", unitId).param("period", period.code()).query((rs, row) -> {
			UnitReportState state = UnitReportState.of(rs.getString(1));
			boolean frozen = state.sent() || rs.getObject(2) != null;
			Routes routes = frozen
					? ((rs.getString(19) != null) ? this.json.readValue(rs.getString(19), Routes.class) : null)
					: routes(unitId, period);
			ReportFigures figures = frozen ? new ReportFigures(rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6), rs.getInt(7)) : routes.total();
			List<OverdueLine> overdue = (frozen && rs.getString(8) != null)
					? this.json.readValue(rs.getString(8), LINES) : overdue(unitId, period);
			return new Report(unitId, unitName.get(), period, state, figures, routes, overdue, rs.getString(9),
					rs.getString(10), rs.getString(11), instant(rs.getTimestamp(12)), rs.getString(13),
					(Boolean) rs.getObject(14), rs.getString(15), instant(rs.getTimestamp(16)), rs.getString(17),
					rs.getLong(18));
		}).optional();
		return Optional.of(stored.orElseGet(() -> {
			Routes routes = routes(unitId, period);
			return new Report(unitId, unitName.get(), period, UnitReportState.NONE, routes.total(), routes,
					overdue(unitId, period), null, null, null, null, null, null, null, null, null, -1);
		}));
	}

	/**
	 * Sends a quarter's last monthly report and the quarter's report in one step, the
	 * same words in both (Điều 10.1: both are due the same day); neither is sent if one
	 * cannot be.
	 * @param version the monthly report's version shown
	 */
	public void sendWithQuarter(Actor actor, long unitId, ReportPeriod month, long version, String assessment,
			String difficulties, String proposals) {
		if (!month.quarterly()) {
			throw new RuleViolation(null, "report.notQuarterly");
		}
		save(actor, unitId, month, version, assessment, difficulties, proposals, true);
		ReportPeriod quarter = ReportPeriod.quarterOf(month.month());
		long quarterVersion = this.jdbc
			.sql("SELECT version FROM unit_report WHERE unit_id = :unit AND period = :period")
			.param("unit", unitId)
			.param("period", quarter.code())
			.query(Long.class)
			.optional()
			.orElse(-1L);
		save(actor, unitId, quarter, quarterVersion, assessment, difficulties, proposals, true);
	}

	/**
	 * Saves the unit's words; with {@code send} also freezes the figures and records when
	 * and by whom it was sent. Only the unit's head writes it, and not while it is sent.
	 * @param version the version shown ({@code -1}: nothing stored yet)
	 */
	public void save(Actor actor, long unitId, ReportPeriod period, long version, String assessment,
			String difficulties, String proposals, boolean send) {
		if (!actor.headOf(unitId)) {
			throw new AccessDeniedException("Only the unit's head writes its report");
		}
		if (!period.includes(unitId)) {
			throw new AccessDeniedException("The unit is not asked for this report");
		}
		if (period.from().isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolation(null, "report.notStarted");
		}
		UnitReportState status = UnitReportState
			.of(this.jdbc.sql("SELECT status FROM unit_report WHERE unit_id = :unit AND period = :period")
				.param("unit", unitId)
				.param("period", period.code())
				.query(String.class)
				.optional()
				.orElse(null));
		if (status.sent()) {
			throw new RuleViolation(null, "report.alreadySent");
		}
		if (send && Texts.clean(assessment) == null) {
			throw new RuleViolation("assessment", "report.assessment.required");
		}
		Instant now = this.clock.instant();
		Map<String, Object> params = new java.util.HashMap<>();
		params.put("unit", unitId);
		params.put("period", period.code());
		params.put("month", (period.month() != null) ? Date.valueOf(period.month().atDay(1)) : null);
		params.put("version", version);
		params.put("status",
				(send ? UnitReportState.SUBMITTED : (status != UnitReportState.NONE) ? status : UnitReportState.DRAFT)
					.name());
		params.put("assessment", limit(assessment));
		params.put("difficulties", limit(difficulties));
		params.put("proposals", limit(proposals));
		Routes routes = send ? routes(unitId, period) : null;
		ReportFigures figures = send ? routes.total() : null;
		params.put("routes", send ? this.json.writeValueAsString(routes) : null);
		params.put("received", (figures != null) ? figures.received() : null);
		params.put("onTime", (figures != null) ? figures.onTime() : null);
		params.put("late", (figures != null) ? figures.late() : null);
		params.put("within", (figures != null) ? figures.within() : null);
		params.put("overdue", (figures != null) ? figures.overdue() : null);
		params.put("noDeadline", (figures != null) ? figures.noDeadline() : null);
		params.put("list", send ? this.json.writeValueAsString(overdue(unitId, period)) : null);
		params.put("at", send ? Timestamp.from(now) : null);
		params.put("by", send ? actor.name() : null);
		params.put("lateSubmission",
				send ? now.isAfter(period.due().plusDays(1).atStartOfDay(this.clock.getZone()).toInstant()) : null);
		int changed;
		if (status == UnitReportState.NONE) {
			changed = (version != -1) ? 0 : this.jdbc.sql("""
					INSERT INTO unit_report (period, month, unit_id, status, assessment, difficulties, proposals,
					  received, on_time, late, within, overdue, no_deadline, overdue_list, by_category, submitted_at,
					  submitted_by, late_submission)
					VALUES (:period, :month, :unit, :status, :assessment, :difficulties, :proposals, :received,
					  :onTime, :late, :within, :overdue, :noDeadline, CAST(:list AS jsonb), CAST(:routes AS jsonb), :at,
					  :by, :lateSubmission)
					ON CONFLICT (period, unit_id) DO NOTHING
					""").params(params).update();
		}
		else {
			changed = this.jdbc.sql("""
					UPDATE unit_report SET status = :status, assessment = :assessment, difficulties = :difficulties,
					  proposals = :proposals, received = :received, on_time = :onTime, late = :late, within = :within,
					  overdue = :overdue, no_deadline = :noDeadline, overdue_list = CAST(:list AS jsonb),
					  by_category = CAST(:routes AS jsonb), submitted_at = :at, submitted_by = :by,
					  late_submission = :lateSubmission, version = version + 1
					WHERE unit_id = :unit AND period = :period AND version = :version
					""").params(params).update();
		}
		if (changed != 1) {
			throw new OptimisticLockingFailureException("Unit report changed by someone else");
		}
		if (send) {
			this.audit.recordChange("UNIT_REPORT_SENT", "UNIT_REPORT", unitId, period.code(), Map.of(),
					Map.of("period", period.code(), "late", params.get("lateSubmission")));
			boolean late = Boolean.TRUE.equals(params.get("lateSubmission"));
			this.events.publishEvent(
					new HandOff("unitSent", period.code() + ":" + unitId, List.of(HandOff.Audience.aggregators()),
							List.of(unitName(unitId), label(period),
									vn.dondoc.common.Vietnamese.MOMENT.format(now.atZone(this.clock.getZone())),
									late ? text("handoff.unitSent.late") : ""),
							"/reports/units/" + unitId + "/" + period.code(), actor.userId(), now));
		}
	}

	/** The office sends a report back to its unit with what to correct. */
	public void returnForCorrection(Actor actor, long unitId, ReportPeriod period, long version, String comment) {
		if (!(actor.has(Role.OFFICE) || actor.has(Role.PLANNING))) {
			throw new AccessDeniedException("Only the aggregating office returns a report");
		}
		String cleaned = Texts.clean(comment);
		if (cleaned == null) {
			throw new RuleViolation("comment", "report.comment.required");
		}
		int changed = this.jdbc.sql("""
				UPDATE unit_report SET status = :returned, returned_comment = :comment, returned_at = :at,
				  returned_by = :by, received = NULL, on_time = NULL, late = NULL, within = NULL, overdue = NULL,
				  no_deadline = NULL, overdue_list = NULL, by_category = NULL, version = version + 1
				WHERE unit_id = :unit AND period = :period AND version = :version AND status = :submitted
				""")
			.param("returned", UnitReportState.RETURNED.name())
			.param("submitted", UnitReportState.SUBMITTED.name())
			.param("comment", limit(cleaned))
			.param("at", Timestamp.from(this.clock.instant()))
			.param("by", actor.name())
			.param("unit", unitId)
			.param("period", period.code())
			.param("version", version)
			.update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("Unit report changed by someone else");
		}
		this.audit.recordChange("UNIT_REPORT_RETURNED", "UNIT_REPORT", unitId, period.code(), Map.of(),
				Map.of("comment", cleaned));
		this.events.publishEvent(new HandOff("unitReturned", period.code() + ":" + unitId,
				List.of(HandOff.Audience.headsOf(List.of(unitId))),
				List.of(unitName(unitId), label(period), actor.name(), cleaned),
				"/reports/units/" + unitId + "/" + period.code(), actor.userId(), this.clock.instant()));
	}

	private String unitName(long unitId) {
		return this.units.namesOf(List.of(unitId)).get(unitId);
	}

	private String label(ReportPeriod period) {
		return period.label(this.messages, vn.dondoc.common.Vietnamese.LOCALE);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, vn.dondoc.common.Vietnamese.LOCALE);
	}

	/**
	 * The units that sent their report of the month starting on the day, each with
	 * whether it came on time ({@code true}) or late.
	 */
	@Transactional(readOnly = true)
	public Map<Long, Boolean> sentOnTime(LocalDate monthFirst) {
		Map<Long, Boolean> sent = new java.util.HashMap<>();
		this.jdbc.sql("""
				SELECT unit_id, bool_and(NOT late_submission) FROM unit_report
				WHERE month = :first AND status = :submitted GROUP BY unit_id
				""")
			.param("submitted", UnitReportState.SUBMITTED.name())
			.param("first", java.sql.Date.valueOf(monthFirst))
			.query((rs) -> {
				sent.put(rs.getLong(1), rs.getBoolean(2));
			});
		return sent;
	}

	/** The state of every unit asked for the period's report. */
	@Transactional(readOnly = true)
	public List<Status> statuses(ReportPeriod period) {
		Map<Long, Status> stored = new java.util.HashMap<>();
		this.jdbc.sql("SELECT unit_id, status, submitted_at, late_submission FROM unit_report WHERE period = :period")
			.param("period", period.code())
			.query((rs) -> {
				stored.put(rs.getLong(1), new Status(rs.getLong(1), null, UnitReportState.of(rs.getString(2)),
						instant(rs.getTimestamp(3)), rs.getBoolean(4)));
			});
		return this.units.reportingUnits(period.unitIds()).stream().map((unit) -> {
			Status status = stored.get(unit.id());
			return (status != null)
					? new Status(unit.id(), unit.name(), status.status(), status.submittedAt(), status.late())
					: new Status(unit.id(), unit.name(), UnitReportState.NONE, null, false);
		}).toList();
	}

	/** A unit's reports' states for the given periods, by period code. */
	@Transactional(readOnly = true)
	public Map<String, Status> statesOf(long unitId, List<ReportPeriod> periods) {
		Map<String, Status> states = new java.util.HashMap<>();
		this.jdbc.sql("""
				SELECT r.period, r.status, r.submitted_at, r.late_submission FROM unit_report r
				WHERE r.unit_id = :unit AND r.period IN (:codes)
				""")
			.param("unit", unitId)
			.param("codes", periods.stream().map(ReportPeriod::code).toList())
			.query((rs) -> {
				states.put(rs.getString(1), new Status(unitId, null, UnitReportState.of(rs.getString(2)),
						instant(rs.getTimestamp(3)), rs.getBoolean(4)));
			});
		return states;
	}

	boolean canSee(Actor actor, long unitId) {
		return actor.memberOf(unitId) || actor.has(Role.LEADER) || actor.has(Role.OFFICE) || actor.has(Role.PLANNING);
	}

	private Routes routes(long unitId, ReportPeriod period) {
		return new Routes(figures(unitId, period, TaskCategory.GENERAL),
				figures(unitId, period, TaskCategory.SPECIALISED));
	}

	/** The unit's figures of one category, from their one owner. */
	private ReportFigures figures(long unitId, ReportPeriod period, TaskCategory category) {
		TaskStatistics.Counts c = this.statistics
			.receivedIn(period.from(), period.to(), TaskStatistics.asOf(LocalDate.now(this.clock), period.to()),
					List.of(unitId), category)
			.getOrDefault(unitId, TaskStatistics.Counts.NONE);
		return new ReportFigures(c.received(), c.onTime(), c.late(), c.within(), c.overdue(), c.noDeadline());
	}

	/**
	 * The unit's tasks overdue on the period's last day (today while it runs), whenever
	 * received: the overdue figure of {@link TaskStatistics#openOn}.
	 */
	private List<OverdueLine> overdue(long unitId, ReportPeriod period) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate asOf = TaskStatistics.asOf(today, period.to());
		return this.overdueTasks.ofUnit(unitId, asOf, 100)
			.stream()
			.map((t) -> new OverdueLine(t.taskId(), t.content(), t.deadline(), t.reason(), t.proposal(), t.category()))
			.toList();
	}

	private static String limit(String text) {
		String cleaned = Texts.clean(text);
		return (cleaned != null && cleaned.length() > 8000) ? cleaned.substring(0, 8000) : cleaned;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
