package vn.dondoc.dashboard;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.dondoc.account.CurrentUser;
import vn.dondoc.account.Role;
import vn.dondoc.account.Actor;
import vn.dondoc.account.ActorResolver;
import vn.dondoc.directive.TaskFilter;
import vn.dondoc.organisation.UnitManagement;

/**
 * The Department's dashboard for leadership and the aggregating offices, and each unit
 * head's for the unit.
 */
@Controller
class DashboardController {

	private final Dashboard dashboard;

	private final ActorResolver actors;

	private final UnitManagement units;

	private final Clock clock;

	DashboardController(Dashboard dashboard, ActorResolver actors, UnitManagement units, Clock clock) {
		this.dashboard = dashboard;
		this.actors = actors;
		this.units = units;
		this.clock = clock;
	}

	@GetMapping("/dashboard")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING', 'UNIT_HEAD')")
	String dashboard(@RequestParam(required = false) String period, @RequestParam(required = false) String unit,
			@AuthenticationPrincipal CurrentUser me, Model model) {
		Actor actor = this.actors.of(me);
		boolean wholeDepartment = actor.has(Role.LEADER) || actor.has(Role.OFFICE) || actor.has(Role.PLANNING);
		String chosen = (period == null || period.isBlank()) ? String.valueOf(LocalDate.now(this.clock).getYear())
				: period.strip();
		if (TaskFilter.range(chosen) == null) {
			model.addAttribute("periodInvalid", chosen);
			chosen = String.valueOf(LocalDate.now(this.clock).getYear());
		}
		Long unitId = null;
		if (unit != null && !unit.isBlank()) {
			try {
				unitId = Long.valueOf(unit.strip());
			}
			catch (NumberFormatException ex) {
				model.addAttribute("unitInvalid", true);
			}
			if (unitId != null && this.units.find(unitId).isEmpty()) {
				model.addAttribute("unitInvalid", true);
				unitId = null;
			}
		}
		if (!wholeDepartment) {
			// A unit head sees the unit's figures only.
			if (unitId != null && unitId != actor.unitId()) {
				throw new AccessDeniedException("Another unit's dashboard");
			}
			unitId = actor.unitId();
		}
		model.addAttribute("view", this.dashboard.view(chosen, unitId));
		model.addAttribute("wholeDepartment", wholeDepartment);
		model.addAttribute("unitChoices", wholeDepartment ? this.units.activeTree() : java.util.List.of());
		return "dashboard/index";
	}

}
