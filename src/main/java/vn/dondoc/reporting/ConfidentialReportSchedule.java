package vn.dondoc.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.dondoc.account.Role;
import vn.dondoc.account.Actor;
import vn.dondoc.directive.PlaceholderReportQueries;
import vn.dondoc.organisation.UnitDirectory;

/**
 * The written confidential reports due in a period (SPEC §4, Điều 6.2), unit by unit:
 * only the placeholder's code, level and lead unit, the due date, and when and under
 * which number it was sent. Leadership, the office and the administrator see every unit;
 * the head of a unit sees its own.
 */
@Service
@Transactional(readOnly = true)
public class ConfidentialReportSchedule {

	/** One written report due. */
	public record Due(long unitId, String unitName, long directiveId, String code, String level, LocalDate dueDate,
			LocalDate sentOn, String number, boolean late) {

		public boolean sent() {
			return this.sentOn != null;
		}

	}

	private final PlaceholderReportQueries placeholders;

	private final UnitDirectory units;

	private final Clock clock;

	ConfidentialReportSchedule(PlaceholderReportQueries placeholders, UnitDirectory units, Clock clock) {
		this.placeholders = placeholders;
		this.units = units;
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
		List<PlaceholderReportQueries.Owed> owed = this.placeholders.dueBetween(from, to, all ? null : actor.unitId());
		UnitDirectory.UnitNames names = this.units.names();
		Comparator<Long> unitOrder = names.order();
		return owed.stream()
			.sorted(Comparator.comparing(PlaceholderReportQueries.Owed::leadUnitId, unitOrder)
				.thenComparing(PlaceholderReportQueries.Owed::dueDate)
				.thenComparing(PlaceholderReportQueries.Owed::code))
			.map((o) -> new Due(o.leadUnitId(), names.of(o.leadUnitId()), o.directiveId(), o.code(), o.level(),
					o.dueDate(), o.sentOn(), o.number(),
					(o.sentOn() != null) ? o.sentOn().isAfter(o.dueDate()) : today.isAfter(o.dueDate())))
			.toList();
	}

}
