package vn.dondoc.system;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dondoc.account.SecuritySettings;

/**
 * The login page; someone already signed in goes straight home.
 */
@Controller
class LoginController {

	private final SecuritySettings settings;

	LoginController(SecuritySettings settings) {
		this.settings = settings;
	}

	@GetMapping("/login")
	String login(Authentication authentication, Model model) {
		if (authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken)) {
			return "redirect:/";
		}
		// The lockout rule is configuration; the page states the one in force.
		model.addAttribute("maxFailedAttempts", this.settings.maxFailedAttempts());
		model.addAttribute("lockMinutes", this.settings.lockDuration().toMinutes());
		return "login";
	}

}
