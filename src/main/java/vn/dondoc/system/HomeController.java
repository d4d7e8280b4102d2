package vn.dondoc.system;

import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dondoc.account.CurrentUser;
import vn.dondoc.account.Role;
import vn.dondoc.organisation.UnitManagement;

/**
 * The signed-in person's start page.
 */
@Controller
class HomeController {

	private final UnitManagement units;

	HomeController(UnitManagement units) {
		this.units = units;
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
		return "home";
	}

}
