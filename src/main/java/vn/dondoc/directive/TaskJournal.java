package vn.dondoc.directive;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.account.Actor;

/**
 * The append-only logs of a task: progress reports and urging.
 */
@Component
class TaskJournal {

	private final JdbcClient jdbc;

	TaskJournal(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional(propagation = Propagation.MANDATORY)
	long addProgress(long taskId, Long partId, ProgressEntry.Kind kind, String progress, String proposal,
			String delayReason, Actor author, Instant at) {
		return this.jdbc.sql("""
				INSERT INTO task_update (task_id, part_id, kind, progress, proposal, delay_reason, author_id,
				                         author_name, unit_id, created_at)
				VALUES (:task, :part, :kind, :progress, :proposal, :delay, :author, :name, :unit, :at)
				RETURNING id
				""")
			.param("task", taskId)
			.param("part", partId)
			.param("kind", kind.name())
			.param("progress", progress)
			.param("proposal", proposal)
			.param("delay", delayReason)
			.param("author", author.userId())
			.param("name", author.name())
			.param("unit", author.unitId())
			.param("at", Timestamp.from(at))
			.query(Long.class)
			.single();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void addUrge(long taskId, UrgeChannel channel, UrgeWeight weight, String urgedBy, Long targetUnitId,
			String targetPerson, String note, Instant at, boolean automatic) {
		this.jdbc.sql("""
				INSERT INTO urge (task_id, channel, weight, urged_by, target_unit_id, target_person, note,
				                  urged_at, automatic)
				VALUES (:task, :channel, :weight, :by, :unit, :person, :note, :at, :automatic)
				""")
			.param("task", taskId)
			.param("channel", channel.name())
			.param("weight", weight.name())
			.param("by", urgedBy)
			.param("unit", targetUnitId)
			.param("person", targetPerson)
			.param("note", note)
			.param("at", Timestamp.from(at))
			.param("automatic", automatic)
			.update();
	}

	@Transactional(propagation = Propagation.MANDATORY)
	void addAutomaticUrges(java.util.Collection<Long> taskIds, String urgedBy, String targetPerson, String note,
			Instant at) {
		Long[] ids = taskIds.toArray(Long[]::new);
		this.jdbc.sql("""
				INSERT INTO urge (task_id, channel, weight, urged_by, target_unit_id, target_person, note, urged_at,
				                  automatic)
				SELECT t.id, 'SYSTEM', 'REMINDER', :by, t.lead_unit_id, :person, :note, :at, TRUE
				FROM task t WHERE t.id = ANY(:ids)
				""")
			.param("by", urgedBy)
			.param("person", targetPerson)
			.param("note", note)
			.param("at", Timestamp.from(at))
			.param("ids", ids)
			.update();
		this.jdbc.sql("UPDATE task SET urge_count = urge_count + 1, last_urged_at = :at WHERE id = ANY(:ids)")
			.param("at", Timestamp.from(at))
			.param("ids", ids)
			.update();
	}

	List<ProgressEntry> progressOf(long taskId) {
		return this.jdbc.sql("""
				SELECT id, kind, part_id, progress, proposal, delay_reason, author_name, unit_id, created_at
				FROM task_update WHERE task_id = :task ORDER BY created_at DESC, id DESC LIMIT 200
				""")
			.param("task", taskId)
			.query((rs, row) -> new ProgressEntry(rs.getLong("id"), ProgressEntry.Kind.valueOf(rs.getString("kind")),
					(Long) rs.getObject("part_id"), rs.getString("progress"), rs.getString("proposal"),
					rs.getString("delay_reason"), rs.getString("author_name"), (Long) rs.getObject("unit_id"),
					rs.getTimestamp("created_at").toInstant()))
			.list();
	}

	/** How often people urged the task, and how often the system's reminders did. */
	TaskDetails.UrgeCounts urgeCountsOf(long taskId) {
		return this.jdbc.sql("""
				SELECT count(*) FILTER (WHERE NOT automatic), count(*) FILTER (WHERE automatic)
				FROM urge WHERE task_id = :task
				""")
			.param("task", taskId)
			.query((rs, row) -> new TaskDetails.UrgeCounts(rs.getLong(1), rs.getLong(2)))
			.single();
	}

	List<UrgeEntry> urgesOf(long taskId) {
		return this.jdbc.sql("""
				SELECT id, channel, weight, urged_by, target_unit_id, target_person, note, urged_at, automatic
				FROM urge WHERE task_id = :task ORDER BY urged_at DESC, id DESC LIMIT 200
				""")
			.param("task", taskId)
			.query((rs, row) -> new UrgeEntry(rs.getLong("id"), UrgeChannel.valueOf(rs.getString("channel")),
					UrgeWeight.valueOf(rs.getString("weight")), rs.getString("urged_by"),
					(Long) rs.getObject("target_unit_id"), rs.getString("target_person"), rs.getString("note"),
					rs.getTimestamp("urged_at").toInstant(), rs.getBoolean("automatic")))
			.list();
	}

}
