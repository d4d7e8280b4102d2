package vn.dondoc.directive;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import vn.dondoc.account.UserDirectory;
import vn.dondoc.audit.AuditEntry;
import vn.dondoc.common.DayParameter;
import vn.dondoc.organisation.UnitDirectory;

/**
 * A task's change history as people read it: what was done, by whom (their name, not
 * their login), and each change as a sentence — "Hạn xử lý: 15/12/2026 → 31/12/2026" —
 * with units and people by name and days as dd/MM/yyyy, not the stored JSON.
 */
@Component
public class TaskHistory {

	/** One change of one entry: "Hạn xử lý: 15/12/2026 → 31/12/2026". */
	public record Line(Instant occurredAt, String action, String who, List<String> changes) {
	}

	/** An audit entry's record before and after the change. */
	private record States(Map<String, Object> before, Map<String, Object> after) {
	}

	private static final TypeReference<Map<String, Object>> STATE = new TypeReference<>() {
	};

	/** The fields shown, in this order, with their label's message key. */
	private static final Map<String, String> FIELDS = new LinkedHashMap<>();

	static {
		FIELDS.put("status", "history.status");
		FIELDS.put("deadline", "history.deadline");
		FIELDS.put("leadUnitId", "history.leadUnit");
		FIELDS.put("assigneeId", "history.assignee");
		FIELDS.put("content", "history.content");
		FIELDS.put("category", "history.category");
		FIELDS.put("mustReport", "history.mustReport");
		FIELDS.put("returnRequest", "history.returnRequest");
		FIELDS.put("completedOn", "history.completedOn");
		FIELDS.put("result", "history.result");
		FIELDS.put("notice", "history.notice");
		FIELDS.put("parts", "history.parts");
	}

	private final JsonMapper json;

	private final MessageSource messages;

	private final UserDirectory people;

	private final UnitDirectory units;

	TaskHistory(JsonMapper json, MessageSource messages, UserDirectory people, UnitDirectory units) {
		this.json = json;
		this.messages = messages;
		this.people = people;
		this.units = units;
	}

	List<Line> of(List<AuditEntry> entries) {
		List<States> states = new ArrayList<>();
		Set<Long> personIds = new HashSet<>();
		Set<Long> unitIds = new HashSet<>();
		Set<String> logins = new HashSet<>();
		for (AuditEntry entry : entries) {
			States pair = new States(read(entry.before()), read(entry.after()));
			states.add(pair);
			for (Map<String, Object> state : List.of(pair.before(), pair.after())) {
				add(personIds, state.get("assigneeId"));
				add(unitIds, state.get("leadUnitId"));
			}
			logins.add(entry.actor());
		}
		// Names in two reads, whatever the length of the history.
		Map<Long, String> personNames = this.people.namesOf(personIds);
		Map<Long, String> unitNames = this.units.namesOf(unitIds);
		Map<String, String> actorNames = this.people.namesByLogin(logins);
		List<Line> lines = new ArrayList<>();
		for (int i = 0; i < entries.size(); i++) {
			AuditEntry entry = entries.get(i);
			Map<String, Object> before = states.get(i).before();
			Map<String, Object> after = states.get(i).after();
			List<String> changes = new ArrayList<>();
			if (!before.isEmpty()) {
				for (Map.Entry<String, String> field : FIELDS.entrySet()) {
					Object was = before.get(field.getKey());
					Object now = after.get(field.getKey());
					if (!Objects.equals(raw(was), raw(now))) {
						changes.add(sentence(field.getKey(), field.getValue(), was, now, personNames, unitNames));
					}
				}
			}
			lines.add(new Line(entry.occurredAt(), entry.action(),
					actorNames.getOrDefault(entry.actor(), entry.actor()), changes));
		}
		return lines;
	}

	private String sentence(String field, String label, Object was, Object now, Map<Long, String> people,
			Map<Long, String> units) {
		String name = text(label);
		return switch (field) {
			case "content", "result" -> text("history.rewritten", name);
			case "parts" -> text("history.partsChanged", name, count(now));
			case "returnRequest" -> (now == null) ? text("history.cleared", name) : name + ": " + now;
			default -> name + ": " + value(field, was, people, units) + " → " + value(field, now, people, units);
		};
	}

	private String value(String field, Object value, Map<Long, String> people, Map<Long, String> units) {
		String raw = raw(value);
		if (raw == null) {
			return text("history.none");
		}
		return switch (field) {
			case "status" -> text("taskStatus." + raw);
			case "category" -> text("taskCategory." + raw);
			case "mustReport" -> text(Boolean.parseBoolean(raw) ? "history.yes" : "history.no");
			case "deadline", "completedOn" -> DayParameter.DMY.format(LocalDate.parse(raw));
			case "assigneeId" -> people.getOrDefault(Long.valueOf(raw), "#" + raw);
			case "leadUnitId" -> units.getOrDefault(Long.valueOf(raw), "#" + raw);
			default -> raw;
		};
	}

	private static int count(Object parts) {
		return (parts instanceof Collection<?> list) ? list.size() : 0;
	}

	/** A stored value as text; "null" (a day not set) is no value. */
	private static String raw(Object value) {
		return (value == null || "null".equals(String.valueOf(value))) ? null : String.valueOf(value);
	}

	private static void add(Set<Long> ids, Object value) {
		if (value instanceof Number number) {
			ids.add(number.longValue());
		}
	}

	private Map<String, Object> read(String state) {
		return (state == null || state.isBlank()) ? Map.of() : this.json.readValue(state, STATE);
	}

	private String text(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

}
