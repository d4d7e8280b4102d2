package vn.dondoc.reporting;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.account.Role;
import vn.dondoc.directive.Actor;

/**
 * The written confidential reports due in a period (SPEC §4, Điều 6.2), unit by unit:
 * only the placeholder's code, level and lead unit, the due date, and when and under
 * which number it was sent. Leadership, the office and the administrator see every unit;
 * the head of a unit sees its own.
 */
@Service
@Transactional(readOnly = true)
public class ConfidentialReportsDue {

	/** One written report due. */
	public record Due(long unitId, String unitName, long directiveId, String code, String level, LocalDate dueDate,
			LocalDate sentOn, String number, boolean late) {

		public boolean sent() {
			return this.sentOn != null;
		}

	}

	private final JdbcClient jdbc;

	private final Clock clock;

	ConfidentialReportsDue(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	public static boolean seesEveryUnit(Actor actor) {
		return actor.has(Role.LEADER) || actor.has(Role.OFFICE) || actor.has(Role.ADMIN);
	}

	public List<Due> of(Actor actor, LocalDate from, LocalDate to) {
		boolean all = seesEveryUnit(actor);
		if (!all && !actor.has(Role.UNIT_HEAD)) {
			return List.of();
		}
		LocalDate today = LocalDate.now(this.clock);
		return this.jdbc
			.sql("""
					SELECT u.id, u.name, d.id, d.register_code, d.confidentiality, c.due_date, c.sent_on, c.document_number
					FROM confidential_report c JOIN directive d ON d.id = c.directive_id JOIN unit u ON u.id = d.lead_unit_id
					WHERE c.due_date BETWEEN :from AND :to AND d.confidentiality <> 'NORMAL' AND (:all OR d.lead_unit_id = :unit)
					ORDER BY u.name, u.id, c.due_date, d.register_code
					""")
			.param("from", Date.valueOf(from))
			.param("to", Date.valueOf(to))
			.param("all", all)
			.param("unit", actor.unitId())
			.query((rs, row) -> {
				LocalDate due = rs.getDate(6).toLocalDate();
				LocalDate sent = (rs.getDate(7) != null) ? rs.getDate(7).toLocalDate() : null;
				boolean late = (sent != null) ? sent.isAfter(due) : today.isAfter(due);
				return new Due(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5), due,
						sent, rs.getString(8), late);
			})
			.list();
	}

}
