package vn.dondoc.reporting;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.organisation.UnitDirectory;
import vn.dondoc.account.Role;
import vn.dondoc.audit.AuditTrail;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Texts;
import vn.dondoc.account.Actor;
import vn.dondoc.directive.TaskStatistics;
import vn.dondoc.common.DayParameter;
import vn.dondoc.common.Vietnamese;
import vn.dondoc.urging.HandOff;

/**
 * The Department's report of a period (monthly, quarterly, 6-month, 9-month, yearly or ad
 * hoc): the office drafts it (figures and text pre-filled from the units' reports and the
 * tasks), sends it to leadership, who approve it or send it back; the office issues it
 * with its number and date — the figures are frozen then — records when it went to Văn
 * phòng UBND tỉnh, and it is published.
 */
@Service
@Transactional
public class DepartmentReporting {

	/**
	 * A unit's line in the report's table.
	 *
	 * @param unitId {@code null} on the total and in snapshots taken before it was kept
	 * @param noDeadline open tasks without a deadline; {@code null} in snapshots taken
	 * before it was a column of its own (their {@code within} counts them in)
	 */
	public record UnitLine(Long unitId, String unit, int received, int onTime, int late, int within, int overdue,
			Integer noDeadline) {

		public int undated() {
			return (this.noDeadline != null) ? this.noDeadline : 0;
		}

		/** Open and not overdue on the figures' day, those without a deadline in. */
		public int withinOrUndated() {
			return this.within + undated();
		}

	}

	/** The report's figures: per unit and in total. */
	public record FigureTable(List<UnitLine> units, UnitLine total) {
	}

	/**
	 * A unit asked for the period, as the draft's figures were taken: when its report had
	 * been sent (null: it had not reported), and the figures it reported, taken on the
	 * day it sent them.
	 */
	public record Source(long unitId, String unit, Instant sentAt, UnitLine reported) {

		public boolean reportedIn() {
			return this.sentAt != null;
		}

	}

	/**
	 * @param figuresAt the moment the figures were taken; {@code null} on a report made
	 * before figures were snapshots (its text holds its own figures)
	 * @param lead the report's opening — its heading and the sentence of figures — made
	 * from the same snapshot as the table; {@code null} when {@code figuresAt} is
	 * @param sentSince the units whose report was sent after the figures were taken,
	 * which a refresh takes in
	 * @param returnedText the whole text leadership last returned, to show what changed
	 */
	public record Report(long id, ReportPeriod period, DepartmentReportState status, String body, FigureTable figures,
			String number, LocalDate issuedOn, String signer, LocalDate sentOn, String submittedBy, Instant submittedAt,
			String decidedBy, Instant decidedAt, String decisionComment, String issuedBy, long version,
			Instant figuresAt, String lead, List<Source> sources, List<String> sentSince, String returnedText) {

		public boolean issued() {
			return this.status == DepartmentReportState.ISSUED;
		}

		public boolean editable() {
			return this.status.editable();
		}

		/** The report's whole text: the opening made from the figures, then the body. */
		public String text() {
			return (this.lead != null) ? this.lead + "\n\n" + this.body : this.body;
		}

		/** The units whose reports the draft contains. */
		public List<Source> included() {
			return this.sources.stream().filter(Source::reportedIn).toList();
		}

		/**
		 * A unit's line in the table, by its name, to set beside what the unit reported.
		 */
		public UnitLine line(Source source) {
			return this.figures.units()
				.stream()
				.filter((line) -> line.unit().equals(source.unit()))
				.findFirst()
				.orElse(null);
		}

		/** Whether what a unit reported differs from its row (figures of another day). */
		public boolean differs(Source source) {
			UnitLine line = line(source);
			UnitLine reported = source.reported();
			return line != null && reported != null
					&& (line.received() != reported.received() || line.onTime() != reported.onTime()
							|| line.late() != reported.late() || line.withinOrUndated() != reported.withinOrUndated()
							|| line.overdue() != reported.overdue());
		}

		/**
		 * What changed since leadership returned it: the paragraphs added (or rewritten)
		 * and those taken out; {@code null} when it was never returned.
		 */
		public Changes changes() {
			if (this.returnedText == null) {
				return null;
			}
			List<String> before = OfficialDocument.blocks(this.returnedText);
			List<String> now = OfficialDocument.blocks(text());
			return new Changes(now.stream().filter((p) -> !before.contains(p)).toList(),
					before.stream().filter((p) -> !now.contains(p)).toList());
		}

	}

	public record Changes(List<String> added, List<String> removed) {

		public boolean none() {
			return this.added.isEmpty() && this.removed.isEmpty();
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

	private final ReportPeriodManagement periods;

	private final ApplicationEventPublisher events;

	private final TaskStatistics statistics;

	private final UnitDirectory units;

	DepartmentReporting(JdbcClient jdbc, JsonMapper json, AuditTrail audit, Clock clock, MessageSource messages,
			ReportPeriodManagement periods, ApplicationEventPublisher events, TaskStatistics statistics,
			UnitDirectory units) {
		this.statistics = statistics;
		this.units = units;
		this.events = events;
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
				       decided_by, decided_at, decision_comment, issued_by, version, figures_at, sources, returned_text
				FROM department_report WHERE period = :period
				""").param("period", period.code()).query((rs, row) -> {
			// A report made before figures were snapshots shows the live figures until it
			// is issued or refreshed.
			FigureTable figures = (rs.getString(4) != null) ? this.json.readValue(rs.getString(4), FigureTable.class)
					: figures(period);
			Instant figuresAt = instant(rs.getTimestamp(16));
			List<Source> sources = (rs.getString(17) != null)
					? List.of(this.json.readValue(rs.getString(17), Source[].class)) : List.of();
			DepartmentReportState status = DepartmentReportState.valueOf(rs.getString(2));
			boolean editable = status.editable();
			return new Report(rs.getLong(1), period, status, rs.getString(3), figures, rs.getString(5),
					date(rs.getDate(6)), rs.getString(7), date(rs.getDate(8)), rs.getString(9),
					instant(rs.getTimestamp(10)), rs.getString(11), instant(rs.getTimestamp(12)), rs.getString(13),
					rs.getString(14), rs.getLong(15), figuresAt, (figuresAt != null) ? lead(period, figures) : null,
					sources, (figuresAt != null && editable) ? sentSince(period, sources) : List.of(),
					rs.getString(18));
		}).optional();
	}

	/**
	 * The office starts the period's report: the figures and the list of units' reports
	 * are taken now, and the text is drafted from the reports sent.
	 */
	public void draft(Actor actor, ReportPeriod period) {
		requireOffice(actor);
		FigureTable figures = figures(period);
		List<Source> sources = sources(period);
		int created = this.jdbc.sql("""
				INSERT INTO department_report (period, month, status, body, figures, figures_at, sources, created_by,
				  created_at)
				VALUES (:period, :month, :draft, :body, CAST(:figures AS jsonb), :at, CAST(:sources AS jsonb), :by, :at)
				ON CONFLICT (period) DO NOTHING
				""")
			.param("period", period.code())
			.param("month", (period.month() != null) ? Date.valueOf(period.month().atDay(1)) : null)
			.param("draft", DepartmentReportState.DRAFT.name())
			.param("body", draftText(period, null))
			.param("figures", this.json.writeValueAsString(figures))
			.param("sources", this.json.writeValueAsString(sources))
			.param("by", actor.name())
			.param("at", Timestamp.from(this.clock.instant()))
			.update();
		if (created == 1) {
			this.audit.recordChange("DEPARTMENT_REPORT_DRAFTED", AUDIT_TYPE, null, period.code(), Map.of(),
					Map.of("period", period.code()));
		}
	}

	/**
	 * Takes the figures again, all together — the opening sentence and the table — and
	 * adds to the text the words of units whose report was sent since. Only while the
	 * report is a draft (or returned); the text the office wrote is kept.
	 */
	public void refresh(Actor actor, ReportPeriod period, long version) {
		requireOffice(actor);
		Report report = of(period).orElseThrow(() -> new RuleViolation(null, "department.wrongStep"));
		if (report.version() != version) {
			throw new OptimisticLockingFailureException("Department report changed by someone else");
		}
		if (!report.editable()) {
			throw new RuleViolation(null, "department.wrongStep");
		}
		String body = report.body();
		if (report.figuresAt() == null) {
			body = withoutOldLead(body);
		}
		List<Source> sources = sources(period);
		java.util.Set<Long> newcomers = newcomers(report.sources(), sources).stream()
			.map(Source::unitId)
			.collect(java.util.stream.Collectors.toSet());
		if (!newcomers.isEmpty() || report.figuresAt() == null) {
			body = withWordsOf(body, period, (report.figuresAt() == null) ? null : newcomers);
		}
		step(period, version, List.of(DepartmentReportState.DRAFT, DepartmentReportState.RETURNED), null,
				Map.of("body", body, "figures", this.json.writeValueAsString(figures(period)), "sources",
						this.json.writeValueAsString(sources)),
				"figures = CAST(:figures AS jsonb), sources = CAST(:sources AS jsonb), figures_at = :at, ", actor,
				"DEPARTMENT_REPORT_REFRESHED", true);
	}

	public void save(Actor actor, ReportPeriod period, long version, String body, boolean submit) {
		requireOffice(actor);
		String text = Texts.clean(body);
		if (text == null) {
			throw new RuleViolation("body", "department.body.required");
		}
		step(period, version, List.of(DepartmentReportState.DRAFT, DepartmentReportState.RETURNED),
				submit ? DepartmentReportState.SUBMITTED : null, Map.of("body", text),
				submit ? "submitted_by = :by, submitted_at = :at, " : "", actor, "DEPARTMENT_REPORT_SUBMITTED", submit);
		if (submit) {
			handOff("departmentSubmitted", period, List.of(HandOff.Audience.leadership()), actor,
					List.of(label(period), actor.name()));
		}
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
		Report report = of(period).orElseThrow(() -> new RuleViolation(null, "department.wrongStep"));
		// A returned text is kept whole, so that the resubmission shows what changed.
		step(period, version, List.of(DepartmentReportState.SUBMITTED),
				approve ? DepartmentReportState.APPROVED : DepartmentReportState.RETURNED,
				Map.of("comment", (text != null) ? text : "", "returned", approve ? "" : report.text()),
				"decided_by = :by, decided_at = :at, decision_comment = NULLIF(:comment, ''), "
						+ "returned_text = coalesce(NULLIF(:returned, ''), returned_text), ",
				actor, approve ? "DEPARTMENT_REPORT_APPROVED" : "DEPARTMENT_REPORT_RETURNED", true);
		handOff(approve ? "departmentApproved" : "departmentReturned", period, List.of(HandOff.Audience.aggregators()),
				actor, List.of(label(period), actor.name(), (text != null) ? text : ""));
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
		// The figures leadership approved are the ones issued; a report made before
		// snapshots takes its figures now, as it always did.
		step(period, version, List.of(DepartmentReportState.APPROVED), DepartmentReportState.ISSUED,
				Map.of("number", cleanNumber, "issuedOn", Date.valueOf(issuedOn), "signer", cleanSigner, "figures",
						this.json.writeValueAsString(figures(period))),
				"number = :number, issued_on = :issuedOn, signer = :signer, "
						+ "figures = CASE WHEN figures_at IS NULL THEN CAST(:figures AS jsonb) ELSE figures END, "
						+ "issued_by = :by, issued_at = :at, ",
				actor, "DEPARTMENT_REPORT_ISSUED", true);
		handOff("departmentIssued", period,
				List.of(HandOff.Audience.aggregators(),
						HandOff.Audience.headsOf(period.unitIds().isEmpty() ? null : period.unitIds())),
				actor, List.of(label(period), cleanNumber, DayParameter.DMY.format(issuedOn), cleanSigner));
	}

	/** Tells those who act next; the link opens the report where they act. */
	private void handOff(String kind, ReportPeriod period, List<HandOff.Audience> to, Actor actor,
			List<String> arguments) {
		String link = "departmentIssued".equals(kind) ? of(period).map((r) -> "/public/reports/" + r.id()).orElseThrow()
				: "/reports/department?period=" + period.code();
		this.events
			.publishEvent(new HandOff(kind, period.code(), to, arguments, link, actor.userId(), this.clock.instant()));
	}

	private String label(ReportPeriod period) {
		return period.label(this.messages, Vietnamese.LOCALE);
	}

	/** Records the day the issued report went to Văn phòng UBND tỉnh. */
	public void recordSent(Actor actor, ReportPeriod period, long version, LocalDate sentOn) {
		requireOffice(actor);
		if (sentOn == null || sentOn.isAfter(LocalDate.now(this.clock))) {
			throw new RuleViolation("sentOn", "date.future");
		}
		step(period, version, List.of(DepartmentReportState.ISSUED), null, Map.of("sentOn", Date.valueOf(sentOn)),
				"sent_on = :sentOn, ", actor, "DEPARTMENT_REPORT_SENT", true);
	}

	@Transactional(readOnly = true)
	public List<Published> published() {
		List<Object[]> rows = this.jdbc.sql("""
				SELECT id, period, number, issued_on FROM department_report WHERE status = :dIssued
				ORDER BY issued_on DESC, id DESC LIMIT 200
				""")
			.param("dIssued", DepartmentReportState.ISSUED.name())
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
		return this.jdbc.sql("SELECT period FROM department_report WHERE id = :id AND status = :dIssued")
			.param("dIssued", DepartmentReportState.ISSUED.name())
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

	private void step(ReportPeriod period, long version, List<DepartmentReportState> from, DepartmentReportState to,
			Map<String, Object> values, String setting, Actor actor, String action, boolean audited) {
		Map<String, Object> params = new java.util.HashMap<>(values);
		params.put("period", period.code());
		params.put("version", version);
		params.put("from", from.stream().map(DepartmentReportState::name).toList());
		params.put("to", (to != null) ? to.name() : null);
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
			this.audit.recordChange(action, AUDIT_TYPE, null, period.code(), Map.of(), Map.of("status", to.name()));
		}
		else if (audited) {
			this.audit.recordChange(action, AUDIT_TYPE, null, period.code(), Map.of(), Map.of());
		}
	}

	/**
	 * The units' figures for the report's period, from the task data now and their one
	 * owner ({@link TaskStatistics}).
	 */
	FigureTable figures(ReportPeriod period) {
		Map<Long, TaskStatistics.Counts> counts = this.statistics.receivedIn(period.from(), period.to(),
				TaskStatistics.asOf(LocalDate.now(this.clock), period.to()),
				period.unitIds().isEmpty() ? null : period.unitIds(), null);
		List<UnitLine> lines = this.units.reportingUnits(period.unitIds()).stream().map((unit) -> {
			TaskStatistics.Counts c = counts.getOrDefault(unit.id(), TaskStatistics.Counts.NONE);
			return new UnitLine(unit.id(), unit.name(), c.received(), c.onTime(), c.late(), c.within(), c.overdue(),
					c.noDeadline());
		}).toList();
		UnitLine total = new UnitLine(null, text("doc.total"), lines.stream().mapToInt(UnitLine::received).sum(),
				lines.stream().mapToInt(UnitLine::onTime).sum(), lines.stream().mapToInt(UnitLine::late).sum(),
				lines.stream().mapToInt(UnitLine::within).sum(), lines.stream().mapToInt(UnitLine::overdue).sum(),
				lines.stream().mapToInt(UnitLine::undated).sum());
		return new FigureTable(lines, total);
	}

	/**
	 * The opening of the report — its first heading and the sentence of figures — from
	 * the same figures as its table.
	 */
	private String lead(ReportPeriod period, FigureTable figures) {
		UnitLine total = figures.total();
		return text("department.draft.situation") + "\n\n"
				+ text("department.draft.summary", DayParameter.DMY.format(period.from()),
						DayParameter.DMY.format(period.to()), total.received(), total.onTime() + total.late(),
						total.onTime(), total.late(), total.within(), total.overdue(), total.undated());
	}

	/**
	 * The draft's text after its opening: the sent reports' words under their headings.
	 * @param units only these units' words ({@code null}: every unit's)
	 */
	private String draftText(ReportPeriod period, java.util.Set<Long> units) {
		Words words = words(period, units);
		List<String> parts = new ArrayList<>(words.assessments());
		parts.add(text("department.draft.difficulties"));
		parts.addAll(words.difficulties().isEmpty() ? List.of(text("department.draft.none")) : words.difficulties());
		parts.add(text("department.draft.proposals"));
		parts.addAll(words.proposals().isEmpty() ? List.of(text("department.draft.none")) : words.proposals());
		return String.join("\n\n", parts);
	}

	private record Words(List<String> assessments, List<String> difficulties, List<String> proposals) {
	}

	/** The sent reports' words, in one read. */
	private Words words(ReportPeriod period, java.util.Set<Long> units) {
		Words words = new Words(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
		Map<Long, String[]> sent = new HashMap<>();
		this.jdbc.sql("""
				SELECT r.unit_id, r.assessment, r.difficulties, r.proposals FROM unit_report r
				WHERE r.period = :period AND r.status = :submitted AND (:all OR r.unit_id IN (:units))
				""")
			.param("submitted", UnitReportState.SUBMITTED.name())
			.param("period", period.code())
			.param("all", units == null)
			.param("units", (units == null || units.isEmpty()) ? List.of(-1L) : List.copyOf(units))
			.query((rs) -> {
				sent.put(rs.getLong(1), new String[] { rs.getString(2), rs.getString(3), rs.getString(4) });
			});
		UnitDirectory.UnitNames names = this.units.names();
		sent.keySet().stream().sorted(names.order()).forEach((unit) -> {
			String name = names.of(unit);
			add(words.assessments(), name, sent.get(unit)[0]);
			add(words.difficulties(), name, sent.get(unit)[1]);
			add(words.proposals(), name, sent.get(unit)[2]);
		});
		return words;
	}

	/**
	 * The text with the words of units' reports sent since: each under its heading (in
	 * place of "Không." when that was all there was), or at the end when the office has
	 * taken the headings out.
	 * @param units the units to take in ({@code null}: the whole draft text is made anew
	 * after the office's text, for a report whose opening was in its text)
	 */
	private String withWordsOf(String body, ReportPeriod period, java.util.Set<Long> units) {
		if (units == null) {
			return body.isBlank() ? draftText(period, null) : body;
		}
		Words words = words(period, units);
		List<String> parts = new ArrayList<>(OfficialDocument.blocks(body));
		String difficulties = text("department.draft.difficulties");
		String proposals = text("department.draft.proposals");
		String none = text("department.draft.none");
		int second = parts.indexOf(difficulties);
		int third = parts.indexOf(proposals);
		if (second < 0 || third < second) {
			parts.addAll(words.assessments());
			parts.addAll(words.difficulties());
			parts.addAll(words.proposals());
			return String.join("\n\n", parts);
		}
		List<String> result = new ArrayList<>(parts.subList(0, second));
		result.addAll(words.assessments());
		result.add(difficulties);
		result.addAll(section(parts.subList(second + 1, third), words.difficulties(), none));
		result.add(proposals);
		result.addAll(section(parts.subList(third + 1, parts.size()), words.proposals(), none));
		return String.join("\n\n", result);
	}

	private static List<String> section(List<String> was, List<String> added, String none) {
		if (added.isEmpty()) {
			return was;
		}
		List<String> now = new ArrayList<>(was.equals(List.of(none)) ? List.of() : was);
		now.addAll(added);
		return now;
	}

	/**
	 * A report drafted before figures were snapshots carries its heading and its sentence
	 * of figures in its text: they go, since the opening is made from the snapshot now.
	 */
	private String withoutOldLead(String body) {
		List<String> parts = new ArrayList<>(OfficialDocument.blocks(body));
		if (!parts.isEmpty() && parts.get(0).equals(text("department.draft.situation"))) {
			parts.remove(0);
			// The sentence's words before its first figure.
			String pattern = this.messages.getMessage("department.draft.summary", null, Vietnamese.LOCALE);
			String prefix = pattern.substring(0, pattern.indexOf('{'));
			if (!parts.isEmpty() && parts.get(0).startsWith(prefix)) {
				parts.remove(0);
			}
		}
		return String.join("\n\n", parts);
	}

	/**
	 * The units asked for the period, with their report if sent: when, and its figures as
	 * the table counts them.
	 */
	private List<Source> sources(ReportPeriod period) {
		List<UnitDirectory.UnitName> asked = this.units.reportingUnits(period.unitIds());
		Map<Long, Source> sent = new HashMap<>();
		for (UnitDirectory.UnitName unit : asked) {
			sent.put(unit.id(), new Source(unit.id(), unit.name(), null, null));
		}
		this.jdbc.sql("""
				SELECT r.unit_id, r.submitted_at, r.received, r.on_time, r.late,
				       r.within, r.overdue, coalesce(r.no_deadline, 0)
				FROM unit_report r WHERE r.period = :period AND r.status = :submitted
				""").param("submitted", UnitReportState.SUBMITTED.name()).param("period", period.code()).query((rs) -> {
			Source unit = sent.get(rs.getLong(1));
			if (unit != null) {
				Instant at = instant(rs.getTimestamp(2));
				UnitLine reported = (at != null && rs.getObject(3) != null) ? new UnitLine(unit.unitId(), unit.unit(),
						rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8)) : null;
				sent.put(unit.unitId(), new Source(unit.unitId(), unit.unit(), at, reported));
			}
		});
		return asked.stream().map((unit) -> sent.get(unit.id())).toList();
	}

	/** The names of units whose report was sent after the snapshot was taken. */
	private List<String> sentSince(ReportPeriod period, List<Source> snapshot) {
		return newcomers(snapshot, sources(period)).stream().map(Source::unit).toList();
	}

	/** The units reported now that had not when the snapshot was taken. */
	private static List<Source> newcomers(List<Source> snapshot, List<Source> now) {
		java.util.Set<Long> included = snapshot.stream()
			.filter(Source::reportedIn)
			.map(Source::unitId)
			.collect(java.util.stream.Collectors.toSet());
		return now.stream().filter((source) -> source.reportedIn() && !included.contains(source.unitId())).toList();
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
