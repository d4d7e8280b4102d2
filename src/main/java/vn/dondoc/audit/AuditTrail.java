package vn.dondoc.audit;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Records audit events. A change is recorded in the transaction that makes it, so a
 * change and its audit row are committed or rolled back together.
 */
@Service
public class AuditTrail {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	private final Clock clock;

	AuditTrail(JdbcClient jdbc, JsonMapper json, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Records a change to a record by the signed-in user.
	 * @param action what happened, e.g. {@code UNIT_CREATED}
	 * @param entityType the kind of record, e.g. {@code UNIT}
	 * @param entityId its id
	 * @param summary a short human-readable description (a name, a number)
	 * @param before the state before, or {@code null} for a creation
	 * @param after the state after, or {@code null} for a deletion
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public void recordChange(String action, String entityType, Long entityId, String summary, Map<String, ?> before,
			Map<String, ?> after) {
		insert(currentActor(), action, entityType, entityId, summary, before, after, currentIp());
	}

	/**
	 * Records an event that is not a change of a record, such as a login; it has its own
	 * transaction so that it is kept even when the surrounding work fails.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void recordEvent(String actor, String action, String summary, String ip) {
		insert(actor, action, null, null, summary, null, null, ip);
	}

	private void insert(String actor, String action, String entityType, Long entityId, String summary,
			Map<String, ?> before, Map<String, ?> after, String ip) {
		this.jdbc.sql("""
				INSERT INTO audit_event (occurred_at, actor, action, entity_type, entity_id, summary,
				                         before_state, after_state, ip)
				VALUES (:at, :actor, :action, :type, :id, :summary, CAST(:before AS jsonb), CAST(:after AS jsonb), :ip)
				""")
			.param("at", java.sql.Timestamp.from(this.clock.instant()))
			.param("actor", truncate(actor, 60))
			.param("action", action)
			.param("type", entityType)
			.param("id", entityId)
			.param("summary", truncate(summary, 500))
			.param("before", toJson(before))
			.param("after", toJson(after))
			.param("ip", truncate(ip, 64))
			.update();
	}

	private String toJson(Map<String, ?> state) {
		return (state != null) ? this.json.writeValueAsString(state) : null;
	}

	private static String currentActor() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return (authentication != null) ? authentication.getName() : "system";
	}

	private static String currentIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

	private static String truncate(String value, int length) {
		return (value == null || value.length() <= length) ? value : value.substring(0, length);
	}

}
