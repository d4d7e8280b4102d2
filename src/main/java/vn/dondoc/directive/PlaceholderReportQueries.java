package vn.dondoc.directive;

import java.sql.Date;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The written reports that confidential placeholders owe (SPEC §4, Điều 6.2), published
 * for the registers and the reminders: only the placeholder's code, level and lead unit,
 * the due date, and when and under which number the report was sent.
 */
@Service
@Transactional(readOnly = true)
public class PlaceholderReportQueries {

	/** One written report due. */
	public record Owed(long leadUnitId, long directiveId, String code, String level, LocalDate dueDate,
			LocalDate sentOn, String number) {
	}

	/** What a lead unit still owes in the windows asked for: how many, the first due. */
	public record Unsent(long leadUnitId, long count, LocalDate firstDue) {
	}

	private final JdbcClient jdbc;

	PlaceholderReportQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The reports due between two days, of every lead unit ({@code unitId} null) or of
	 * one, by due date and code.
	 */
	public List<Owed> dueBetween(LocalDate from, LocalDate to, Long unitId) {
		return this.jdbc
			.sql("""
					SELECT d.lead_unit_id, d.id, d.register_code, d.confidentiality, c.due_date, c.sent_on, c.document_number
					FROM confidential_report c JOIN directive d ON d.id = c.directive_id
					WHERE c.due_date BETWEEN :from AND :to AND d.confidentiality <> 'NORMAL'
					  AND (CAST(:unit AS bigint) IS NULL OR d.lead_unit_id = :unit)
					ORDER BY c.due_date, d.register_code
					""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("unit", unitId)
			.query((rs, row) -> new Owed(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getDate(5).toLocalDate(), (rs.getDate(6) != null) ? rs.getDate(6).toLocalDate() : null,
					rs.getString(7)))
			.list();
	}

	/**
	 * Per lead unit, the reports not yet sent of placeholders not returned whose due date
	 * falls in one of the windows (each {@code [from, to]}).
	 */
	public List<Unsent> unsentIn(List<LocalDate[]> windows) {
		if (windows.isEmpty()) {
			return List.of();
		}
		StringBuilder due = new StringBuilder("(FALSE");
		Map<String, Object> params = new HashMap<>();
		for (int i = 0; i < windows.size(); i++) {
			due.append(" OR c.due_date BETWEEN :from").append(i).append(" AND :to").append(i);
			params.put("from" + i, Date.valueOf(windows.get(i)[0]));
			params.put("to" + i, Date.valueOf(windows.get(i)[1]));
		}
		due.append(")");
		Map<Long, Unsent> units = new LinkedHashMap<>();
		this.jdbc.sql("""
				SELECT d.lead_unit_id, count(*), min(c.due_date)
				FROM confidential_report c JOIN directive d ON d.id = c.directive_id
				WHERE c.sent_on IS NULL AND d.returned_at IS NULL AND %s
				GROUP BY d.lead_unit_id ORDER BY d.lead_unit_id
				""".formatted(due)).params(params).query((rs) -> {
			units.put(rs.getLong(1), new Unsent(rs.getLong(1), rs.getLong(2), rs.getDate(3).toLocalDate()));
		});
		return List.copyOf(units.values());
	}

}
