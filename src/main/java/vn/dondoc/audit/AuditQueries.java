package vn.dondoc.audit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Reads the audit trail: for one record (its history) or as a whole with filters.
 */
@Service
@Transactional(readOnly = true)
public class AuditQueries {

	private static final String COLUMNS = """
			SELECT id, occurred_at, actor, action, entity_type, entity_id, summary,
			       before_state::text AS before_state, after_state::text AS after_state, ip
			FROM audit_event
			""";

	private final JdbcClient jdbc;

	AuditQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One change to an entity, as a feed of changes gives it. */
	public record Change(long id, long entityId, String action, java.time.Instant at) {
	}

	/**
	 * The changes to entities of a type after an instant, oldest first.
	 */
	public List<Change> changesAfter(String entityType, java.time.Instant after, int limit) {
		return this.jdbc.sql("""
				SELECT id, entity_id, action, occurred_at FROM audit_event
				WHERE entity_type = :type AND occurred_at > :after AND entity_id IS NOT NULL
				ORDER BY occurred_at, id LIMIT :limit
				""")
			.param("type", entityType)
			.param("after", java.sql.Timestamp.from(after))
			.param("limit", limit)
			.query((rs, row) -> new Change(rs.getLong(1), rs.getLong(2), rs.getString(3),
					rs.getTimestamp(4).toInstant()))
			.list();
	}

	public List<AuditEntry> history(String entityType, long entityId) {
		return this.jdbc
			.sql(COLUMNS + " WHERE entity_type = :type AND entity_id = :id ORDER BY occurred_at DESC, id DESC")
			.param("type", entityType)
			.param("id", entityId)
			.query(AuditQueries::map)
			.list();
	}

	/**
	 * A page of the whole trail, newest first.
	 * @param actor only events by this user (exact, case-insensitive), or blank for all
	 * @param action only this action, or blank for all
	 */
	public Page<AuditEntry> search(String actor, String action, Pageable pageable) {
		StringBuilder where = new StringBuilder(" WHERE TRUE");
		Map<String, Object> params = new HashMap<>();
		if (StringUtils.hasText(actor)) {
			where.append(" AND lower(actor) = lower(:actor)");
			params.put("actor", actor.strip());
		}
		if (StringUtils.hasText(action)) {
			where.append(" AND action = :action");
			params.put("action", action);
		}
		long total = this.jdbc.sql("SELECT count(*) FROM audit_event" + where)
			.params(params)
			.query(Long.class)
			.single();
		params.put("limit", pageable.getPageSize());
		params.put("offset", pageable.getOffset());
		List<AuditEntry> content = this.jdbc
			.sql(COLUMNS + where + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
			.params(params)
			.query(AuditQueries::map)
			.list();
		return new PageImpl<>(content, pageable, total);
	}

	public List<String> actions() {
		return this.jdbc.sql("SELECT DISTINCT action FROM audit_event ORDER BY action").query(String.class).list();
	}

	private static AuditEntry map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(), rs.getString("actor"),
				rs.getString("action"), rs.getString("entity_type"), (Long) rs.getObject("entity_id"),
				rs.getString("summary"), rs.getString("before_state"), rs.getString("after_state"), rs.getString("ip"));
	}

}
