package vn.dondoc.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.account.Role;
import vn.dondoc.audit.AuditTrail;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Texts;
import vn.dondoc.directive.Actor;
import vn.dondoc.directive.TaskQueries;
import vn.dondoc.common.DayParameter;
import vn.dondoc.common.Vietnamese;

/**
 * The Department's report of a period (monthly, quarterly, 6-month, 9-month, yearly or ad
 * hoc): the office drafts it (figures and text pre-filled from the units' reports and the
 * tasks), sends it to leadership, who approve it or send it back; the office issues it
 * with its number and date — the figures are frozen then — records when it went to Văn
 * phòng UBND tỉnh, and it is published.
 */
@Service
@Transactional
public class DepartmentReports {

	/** A unit's line in the report's table. */
	public record UnitLine(String unit, int received, int onTime, int late, int within, int overdue) {
	}

	/** The report's figures: per unit and in total. */
	public record Figures(List<UnitLine> units, UnitLine total) {
	}

	public record Report(long id, ReportPeriod period, String status, String body, Figures figures, String number,
			LocalDate issuedOn, String signer, LocalDate sentOn, String submittedBy, Instant submittedAt,
			String decidedBy, Instant decidedAt, String decisionComment, String issuedBy, long version) {

		public boolean issued() {
			return "ISSUED".equals(this.status);
		}

	}

	/** A published report, for the public list. */
	public record Published(long id, ReportPeriod period, String number, LocalDate issuedOn) {
	}

	private static final String AUDIT_TYPE = "DEPARTMENT_REPORT";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final AuditTrail audit;

	private final Clock clock;

	private final MessageSource messages;

	private final ReportPeriods periods;

	DepartmentReports(JdbcClient jdbc, JsonMapper json, AuditTrail audit, Clock clock, MessageSource messages,
			ReportPeriods periods) {
		this.messages = messages;
		this.periods = periods;
		this.jdbc = jdbc;
		this.json = json;
		this.audit = audit;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Report> of(ReportPeriod period) {
		return this.jdbc.sql("""
				SELECT id, status, body, figures, number, issued_on, signer, sent_on, submitted_by, submitted_at,
				       decided_by, decided_at, decision_comment, issued_by, version
				FROM department_report WHERE period = :period
				""").param("period", period.code()).query((rs, row) -> {
			Figures figures = (rs.getString(4) != null) ? this.json.readValue(rs.getString(4), Figures.class)
					: figures(period);
			return new Report(rs.getLong(1), period, rs.getString(2), rs.getString(3), figures, rs.getString(5),
					date(rs.getDate(6)), rs.getString(7), date(rs.getDate(8)), rs.getString(9),
					instant(rs.getTimestamp(10)), rs.getString(11), instant(rs.getTimestamp(12)), rs.getString(13),
					rs.getString(14), rs.getLong(15));
		}).optional();
	}

	/** The office starts the month's report, its text drafted from the units' reports. */
	public void draft(Actor actor, ReportPeriod period) {
		requireOffice(actor);
		int created = this.jdbc.sql("""
				INSERT INTO department_report (period, month, status, body, created_by, created_at)
				VALUES (:period, :month, 'DRAFT', :body, :by, :at) ON CONFLICT (period) DO NOTHING
				""")
			.param("period", period.code())
			.param("month", (period.month() != null) ? Date.valueOf(period.month().atDay(1)) : null)
			.param("body", draftText(period))
			.param("by", actor.name())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		if (created == 1) {
			this.audit.recordChange("DEPARTMENT_REPORT_DRAFTED", AUDIT_TYPE, null, period.code(), Map.of(),
					Map.of("period", period.code()));
		}
	}

	public void save(Actor actor, ReportPeriod period, long version, String body, boolean submit) {
		requireOffice(actor);
		String text = Texts.clean(body);
		if (text == null) {
			throw new RuleViolation("body", "department.body.required");
		}
		step(period, version, List.of("DRAFT", "RETURNED"), submit ? "SUBMITTED" : null, Map.of("body", text),
				submit ? "submitted_by = :by, submitted_at = :at, " : "", actor, "DEPARTMENT_REPORT_SUBMITTED", submit);
	}

	/** Leadership approves the draft, or sends it back with what to change. */
	public void decide(Actor actor, ReportPeriod period, long version, boolean approve, String comment) {
		if (!actor.has(Role.LEADER)) {
			throw new AccessDeniedException("Only leadership decides on the report");
		}
		String text = Texts.clean(comment);
		if (!approve && text == null) {
			throw new RuleViolation("comment", "report.comment.required");
		}
		step(period, version, List.of("SUBMITTED"), approve ? "APPROVED" : "RETURNED",
				Map.of("comment", (text != null) ? text : ""),
				"decided_by = :by, decided_at = :at, decision_comment = NULLIF(:comment, ''), ", actor,
				approve ? "DEPARTMENT_REPORT_APPROVED" : "DEPARTMENT_REPORT_RETURNED", true);
	}

	/**
	 * The office issues the approved report with its number, date and signer; the figures
	 * are frozen and the report is published.
	 */
	public void issue(Actor actor, ReportPeriod period, long version, String number, LocalDate issuedOn,
			String signer) {
		requireOffice(actor);
		String cleanNumber = Texts.clean(number);
		String cleanSigner = Texts.clean(signer);
		if (cleanNumber == null || cleanNumber.length() > 50) {
			throw new RuleViolation("number", "department.number.required");
		}
		if (issuedOn == null || issuedOn.isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolation("issuedOn", "department.issuedOn.invalid");
		}
		if (cleanSigner == null || cleanSigner.length() > 150) {
			throw new RuleViolation("signer", "department.signer.required");
		}
		step(period, version, List.of("APPROVED"), "ISSUED",
				Map.of("number", cleanNumber, "issuedOn", Date.valueOf(issuedOn), "signer", cleanSigner, "figures",
						this.json.writeValueAsString(figures(period))),
				"number = :number, issued_on = :issuedOn, signer = :signer, figures = CAST(:figures AS jsonb), "
						+ "issued_by = :by, issued_at = :at, ",
				actor, "DEPARTMENT_REPORT_ISSUED", true);
	}

	/** Records the day the issued report went to Văn phòng UBND tỉnh. */
	public void recordSent(Actor actor, ReportPeriod period, long version, LocalDate sentOn) {
		requireOffice(actor);
		if (sentOn == null || sentOn.isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolation("sentOn", "date.future");
		}
		step(period, version, List.of("ISSUED"), null, Map.of("sentOn", Date.valueOf(sentOn)), "sent_on = :sentOn, ",
				actor, "DEPARTMENT_REPORT_SENT", true);
	}

	@Transactional(readOnly = true)
	public List<Published> published() {
		List<Object[]> rows = this.jdbc.sql("""
				SELECT id, period, number, issued_on FROM department_report WHERE status = 'ISSUED'
				ORDER BY issued_on DESC, id DESC LIMIT 200
				""")
			.query((rs,
					row) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3),
							rs.getDate(4).toLocalDate() })
			.list();
		// The periods of requests in one query, not one per report.
		Map<String, ReportPeriod> periods = this.periods
			.stored(rows.stream().map((row) -> (String) row[1]).collect(java.util.stream.Collectors.toSet()));
		return rows.stream()
			.map((row) -> new Published((Long) row[0], periods.get((String) row[1]), (String) row[2],
					(LocalDate) row[3]))
			.toList();
	}

	@Transactional(readOnly = true)
	public Optional<Report> publishedReport(long id) {
		return this.jdbc.sql("SELECT period FROM department_report WHERE id = :id AND status = 'ISSUED'")
			.param("id", id)
			.query(String.class)
			.optional()
			.map(this::period)
			.flatMap(this::of);
	}

	/** The period of a stored report: its code was valid when it was made. */
	private ReportPeriod period(String code) {
		return this.periods.stored(code);
	}

	private void step(ReportPeriod period, long version, List<String> from, String to, Map<String, Object> values,
			String setting, Actor actor, String action, boolean audited) {
		Map<String, Object> params = new java.util.HashMap<>(values);
		params.put("period", period.code());
		params.put("version", version);
		params.put("from", from);
		params.put("to", to);
		params.put("by", actor.name());
		params.put("at", Timestamp.from(this.clock.instant()));
		String body = values.containsKey("body") ? "body = :body, " : "";
		int changed = this.jdbc
			.sql("UPDATE department_report SET " + body + setting
					+ "status = coalesce(:to, status), version = version + 1"
					+ " WHERE period = :period AND version = :version AND status IN (:from)")
			.params(params)
			.update();
		if (changed != 1) {
			if (this.jdbc.sql("SELECT count(*) FROM department_report WHERE period = :period AND version = :version")
				.params(params)
				.query(Long.class)
				.single() == 1) {
				throw new RuleViolation(null, "department.wrongStep");
			}
			throw new OptimisticLockingFailureException("Department report changed by someone else");
		}
		if (audited && to != null) {
			this.audit.recordChange(action, AUDIT_TYPE, null, period.code(), Map.of(), Map.of("status", to));
		}
		else if (audited) {
			this.audit.recordChange(action, AUDIT_TYPE, null, period.code(), Map.of(), Map.of());
		}
	}

	/** The units' figures for the report's period, from the task data now. */
	Figures figures(ReportPeriod period) {
		LocalDate asOf = LocalDate.now(this.clock);
		if (asOf.isAfter(period.to())) {
			asOf = period.to();
		}
		List<UnitLine> lines = this.jdbc.sql("""
				SELECT u.name,
				  (SELECT count(*) FROM task x JOIN directive d ON d.id = x.directive_id
				   WHERE x.lead_unit_id = u.id AND d.received_date BETWEEN :from AND :to),
				  count(t.id) FILTER (WHERE t.status = 'DONE' AND t.completed_on BETWEEN :from AND :to
				                     AND (t.deadline IS NULL OR t.completed_on <= t.deadline)),
				  count(t.id) FILTER (WHERE t.status = 'DONE' AND t.completed_on BETWEEN :from AND :to
				                     AND t.completed_on > t.deadline),
				  count(t.id) FILTER (WHERE %1$s AND (t.deadline IS NULL OR t.deadline >= :asOf)),
				  count(t.id) FILTER (WHERE %1$s AND t.deadline < :asOf)
				FROM unit u LEFT JOIN task t ON t.lead_unit_id = u.id AND t.forwarded_at IS NOT NULL
				WHERE u.active AND u.kind <> 'DEPARTMENT' AND (:all OR u.id IN (:units))
				GROUP BY u.id, u.name ORDER BY u.name, u.id
				""".formatted(TaskQueries.OPEN))
			.param("all", period.unitIds().isEmpty())
			.param("units", period.unitIds().isEmpty() ? List.of(-1L) : period.unitIds())
			.param("from", Date.valueOf(period.from()))
			.param("to", Date.valueOf(period.to()))
			.param("asOf", Date.valueOf(asOf))
			.query((rs, row) -> new UnitLine(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5),
					rs.getInt(6)))
			.list();
		UnitLine total = new UnitLine(text("doc.total"), lines.stream().mapToInt(UnitLine::received).sum(),
				lines.stream().mapToInt(UnitLine::onTime).sum(), lines.stream().mapToInt(UnitLine::late).sum(),
				lines.stream().mapToInt(UnitLine::within).sum(), lines.stream().mapToInt(UnitLine::overdue).sum());
		return new Figures(lines, total);
	}

	private String draftText(ReportPeriod period) {
		Figures figures = figures(period);
		UnitLine total = figures.total();
		List<String> parts = new ArrayList<>();
		parts.add(text("department.draft.situation"));
		parts.add(text("department.draft.summary", DayParameter.DMY.format(period.from()),
				DayParameter.DMY.format(period.to()), total.received(), total.onTime() + total.late(), total.onTime(),
				total.late(), total.within(), total.overdue()));
		List<String> assessments = new ArrayList<>();
		List<String> difficulties = new ArrayList<>();
		List<String> proposals = new ArrayList<>();
		// The sent reports' words, in one read.
		this.jdbc.sql("""
				SELECT u.name, r.assessment, r.difficulties, r.proposals FROM unit_report r
				JOIN unit u ON u.id = r.unit_id
				WHERE r.period = :period AND r.status = 'SUBMITTED' ORDER BY u.name, u.id
				""").param("period", period.code()).query((rs) -> {
			add(assessments, rs.getString(1), rs.getString(2));
			add(difficulties, rs.getString(1), rs.getString(3));
			add(proposals, rs.getString(1), rs.getString(4));
		});
		parts.addAll(assessments);
		parts.add(text("department.draft.difficulties"));
		parts.addAll(difficulties.isEmpty() ? List.of(text("department.draft.none")) : difficulties);
		parts.add(text("department.draft.proposals"));
		parts.addAll(proposals.isEmpty() ? List.of(text("department.draft.none")) : proposals);
		return String.join("\n\n", parts);
	}

	private static void add(List<String> into, String unit, String text) {
		if (text != null && !text.isBlank()) {
			into.add("- " + unit + ": " + text.strip());
		}
	}

	/** Words of the report itself: always in the Department's language. */
	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, Vietnamese.LOCALE);
	}

	private static void requireOffice(Actor actor) {
		if (!(actor.has(Role.OFFICE) || actor.has(Role.PLANNING))) {
			throw new AccessDeniedException("Only the aggregating office writes the Department's report");
		}
	}

	private static LocalDate date(Date date) {
		return (date != null) ? date.toLocalDate() : null;
	}

	private static Instant instant(Timestamp timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

}
