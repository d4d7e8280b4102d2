package vn.dondoc.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.account.Role;
import vn.dondoc.audit.AuditTrail;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Texts;
import vn.dondoc.account.Actor;

/**
 * SuggestionBox to amend the regulation (Điều 12): any user sends one and sees their own
 * with the answers; the office sees all of them and answers.
 */
@Service
@Transactional
public class SuggestionBox {

	public record Suggestion(long id, String author, String body, Instant createdAt, String answer, String answeredBy,
			Instant answeredAt, long version) {
	}

	private final JdbcClient jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	SuggestionBox(JdbcClient jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	public void send(Actor actor, String body) {
		String text = Texts.clean(body);
		if (text == null || text.length() > 4000) {
			throw new RuleViolation("body", "suggestion.body.required");
		}
		long id = this.jdbc.sql("""
				INSERT INTO suggestion (author_id, author_name, body, created_at) VALUES (:user, :name, :body, :at)
				RETURNING id
				""")
			.param("user", actor.userId())
			.param("name", actor.name())
			.param("body", text)
			.param("at", Timestamp.from(this.clock.instant()))
			.query(Long.class)
			.single();
		this.audit.recordChange("SUGGESTION_SENT", "SUGGESTION", id, "#" + id, Map.of(), Map.of("body", text));
	}

	public void answer(Actor actor, long id, long version, String answer) {
		if (!actor.has(Role.OFFICE)) {
			throw new AccessDeniedException("Only the office answers suggestions");
		}
		String text = Texts.clean(answer);
		if (text == null || text.length() > 4000) {
			throw new RuleViolation("answer", "suggestion.answer.required");
		}
		int changed = this.jdbc.sql("""
				UPDATE suggestion SET answer = :answer, answered_by = :by, answered_at = :at, version = version + 1
				WHERE id = :id AND version = :version
				""")
			.param("answer", text)
			.param("by", actor.name())
			.param("at", Timestamp.from(this.clock.instant()))
			.param("id", id)
			.param("version", version)
			.update();
		if (changed != 1) {
			throw new OptimisticLockingFailureException("Suggestion changed by someone else");
		}
		this.audit.recordChange("SUGGESTION_ANSWERED", "SUGGESTION", id, "#" + id, Map.of(), Map.of("answer", text));
	}

	/** The office sees every suggestion; anyone else their own. */
	@Transactional(readOnly = true)
	public List<Suggestion> visibleTo(Actor actor) {
		boolean all = actor.has(Role.OFFICE) || actor.has(Role.LEADER);
		return this.jdbc.sql("""
				SELECT id, author_name, body, created_at, answer, answered_by, answered_at, version FROM suggestion
				WHERE :all OR author_id = :user ORDER BY created_at DESC, id DESC LIMIT 200
				""")
			.param("all", all)
			.param("user", actor.userId())
			.query((rs, row) -> new Suggestion(rs.getLong(1), rs.getString(2), rs.getString(3),
					rs.getTimestamp(4).toInstant(), rs.getString(5), rs.getString(6),
					(rs.getTimestamp(7) != null) ? rs.getTimestamp(7).toInstant() : null, rs.getLong(8)))
			.list();
	}

}
