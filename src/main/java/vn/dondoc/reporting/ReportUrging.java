package vn.dondoc.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.organisation.UnitDirectory;
import vn.dondoc.audit.AuditTrail;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Texts;
import vn.dondoc.common.Vietnamese;
import vn.dondoc.account.Actor;
import vn.dondoc.directive.TaskPolicy;
import vn.dondoc.directive.UrgeChannel;
import vn.dondoc.directive.UrgeWeight;
import vn.dondoc.urging.HandOff;

/**
 * The office (or leadership) urges a unit about a report it has not sent (Điều 7 applied
 * to the reports of Điều 10): by the same channels and weights as a task, logged with the
 * unit's report, and the unit's head told in the app and by mail.
 */
@Service
@Transactional
public class ReportUrging {

	/** One act of urging, as the log shows it. */
	public record Urge(Instant urgedAt, String channel, String weight, String urgedBy, String targetPerson,
			String note) {
	}

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AuditTrail audit;

	private final ApplicationEventPublisher events;

	private final MessageSource messages;

	private final UnitDirectory units;

	ReportUrging(JdbcClient jdbc, Clock clock, AuditTrail audit, ApplicationEventPublisher events,
			MessageSource messages, UnitDirectory units) {
		this.jdbc = jdbc;
		this.units = units;
		this.clock = clock;
		this.audit = audit;
		this.events = events;
		this.messages = messages;
	}

	public void urge(Actor actor, long unitId, ReportPeriod period, UrgeChannel channel, UrgeWeight weight,
			String targetPerson, String note) {
		if (!TaskPolicy.canUrge(actor)) {
			throw new AccessDeniedException("Not allowed to urge");
		}
		if (channel == null || weight == null) {
			throw new RuleViolation("channel", "urge.channel.required");
		}
		String unitName = this.units.reportingUnitName(unitId, true)
			.orElseThrow(() -> new RuleViolation(null, "report.urge.noUnit"));
		if (!period.includes(unitId)) {
			throw new RuleViolation(null, "report.urge.noUnit");
		}
		boolean sent = this.jdbc
			.sql("SELECT EXISTS (SELECT 1 FROM unit_report WHERE unit_id = :u AND period = :p AND status = :submitted)")
			.param("submitted", UnitReportState.SUBMITTED.name())
			.param("u", unitId)
			.param("p", period.code())
			.query(Boolean.class)
			.single();
		if (sent) {
			throw new RuleViolation(null, "report.urge.sent");
		}
		Instant now = this.clock.instant();
		String target = limit(Texts.clean(targetPerson), 150);
		String text = limit(Texts.clean(note), 4000);
		this.jdbc.sql("""
				INSERT INTO report_urge (unit_id, period, channel, weight, urged_by, target_person, note, urged_at)
				VALUES (:unit, :period, :channel, :weight, :by, :target, :note, :at)
				""")
			.param("unit", unitId)
			.param("period", period.code())
			.param("channel", channel.name())
			.param("weight", weight.name())
			.param("by", actor.name())
			.param("target", target)
			.param("note", text)
			.param("at", Timestamp.from(now))
			.update();
		this.audit.recordChange("REPORT_URGED", "UNIT_REPORT", unitId, period.code(), Map.of(),
				Map.of("channel", channel.name(), "weight", weight.name(), "note", String.valueOf(text)));
		String label = period.label(this.messages, Vietnamese.LOCALE);
		this.events.publishEvent(new HandOff("reportUrged", period.code() + ":" + unitId,
				List.of(HandOff.Audience.headsOf(List.of(unitId))),
				List.of(unitName, label, actor.name(),
						this.messages.getMessage("urgeWeight." + weight.name(), null, Vietnamese.LOCALE),
						(text != null) ? text : ""),
				"/reports/units/" + unitId + "/" + period.code(), actor.userId(), now));
	}

	/** The urges of a unit's report, newest first. */
	@Transactional(readOnly = true)
	public List<Urge> of(long unitId, ReportPeriod period) {
		return this.jdbc.sql("""
				SELECT urged_at, channel, weight, urged_by, target_person, note FROM report_urge
				WHERE unit_id = :u AND period = :p ORDER BY urged_at DESC, id DESC
				""")
			.param("u", unitId)
			.param("p", period.code())
			.query((rs, row) -> new Urge(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
					rs.getString(4), rs.getString(5), rs.getString(6)))
			.list();
	}

	/** How often each unit was urged about the period's report, by unit. */
	@Transactional(readOnly = true)
	public Map<Long, Integer> counts(ReportPeriod period) {
		Map<Long, Integer> counts = new java.util.HashMap<>();
		this.jdbc.sql("SELECT unit_id, count(*) FROM report_urge WHERE period = :p GROUP BY unit_id")
			.param("p", period.code())
			.query((rs) -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return counts;
	}

	/** How often each unit was urged about its reports between two instants, by unit. */
	@Transactional(readOnly = true)
	public Map<Long, Integer> countsBetween(java.time.Instant start, java.time.Instant end) {
		Map<Long, Integer> counts = new java.util.HashMap<>();
		this.jdbc.sql(
				"SELECT unit_id, count(*) FROM report_urge WHERE urged_at >= :start AND urged_at < :end GROUP BY unit_id")
			.param("start", java.sql.Timestamp.from(start))
			.param("end", java.sql.Timestamp.from(end))
			.query((rs) -> {
				counts.put(rs.getLong(1), rs.getInt(2));
			});
		return counts;
	}

	private static String limit(String text, int max) {
		return (text != null && text.length() > max) ? text.substring(0, max) : text;
	}

}
