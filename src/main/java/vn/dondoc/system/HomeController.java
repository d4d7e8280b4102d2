package vn.dondoc.system;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dondoc.account.CurrentUser;
import vn.dondoc.account.Role;
import vn.dondoc.account.Actor;
import vn.dondoc.account.ActorResolver;
import vn.dondoc.directive.TaskFilter;
import vn.dondoc.directive.TaskQueries;
import vn.dondoc.directive.Timeliness;
import vn.dondoc.organisation.UnitDirectory;
import vn.dondoc.common.DayParameter;

/**
 * The signed-in person's start page.
 */
@Controller
class HomeController {

	private final UnitDirectory units;

	private final TaskQueries tasks;

	private final ActorResolver actors;

	private final Clock clock;

	HomeController(UnitDirectory units, TaskQueries tasks, ActorResolver actors, Clock clock) {
		this.units = units;
		this.tasks = tasks;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/")
	String home(@AuthenticationPrincipal CurrentUser me, Model model) {
		// Leadership and the aggregating offices start from the Department's state.
		if (me.getRoles().contains(Role.LEADER) || me.getRoles().contains(Role.OFFICE)
				|| me.getRoles().contains(Role.PLANNING)) {
			return "redirect:/dashboard";
		}
		model.addAttribute("me", me);
		model.addAttribute("unitName", this.units.namesOf(List.of(me.getUnitId())).get(me.getUnitId()));
		if (me.getRoles().contains(Role.STAFF) || me.getRoles().contains(Role.UNIT_HEAD)) {
			// My tasks first: what is overdue, then what falls due this week.
			Actor actor = this.actors.of(me);
			LocalDate today = LocalDate.now(this.clock);
			TaskFilter overdue = new TaskFilter();
			overdue.setScope("mine");
			overdue.setTimeliness(Timeliness.OVERDUE);
			TaskFilter week = new TaskFilter();
			week.setScope("mine");
			week.setStatus("OPEN");
			week.setFrom(today);
			week.setTo(today.plusDays(7));
			model.addAttribute("myOverdue", this.tasks.search(overdue, actor));
			model.addAttribute("myWeek", this.tasks.search(week, actor));
			model.addAttribute("weekFrom", DayParameter.DMY.format(today));
			model.addAttribute("weekTo", DayParameter.DMY.format(today.plusDays(7)));
		}
		return "home";
	}

}
