package vn.dondoc.api;

import java.util.Set;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dondoc.account.CurrentUser;
import vn.dondoc.common.RuleViolation;

/**
 * The administrator makes API tokens (each shown once), sees when they were last used and
 * revokes them.
 */
@Controller
@RequestMapping("/admin/api-tokens")
class ApiTokenController {

	private final ApiTokenManagement tokens;

	ApiTokenController(ApiTokenManagement tokens) {
		this.tokens = tokens;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("tokens", this.tokens.list());
		model.addAttribute("scopes", ApiScope.values());
		return "admin/api/tokens";
	}

	@PostMapping
	String create(@RequestParam(required = false) String name,
			@RequestParam(name = "scope", required = false) Set<ApiScope> scopes,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		try {
			redirect.addFlashAttribute("newToken", this.tokens.create(name, scopes, me.getUsername()));
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessageKey());
			redirect.addFlashAttribute("name", name);
		}
		return "redirect:/admin/api-tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable long id, RedirectAttributes redirect) {
		this.tokens.revoke(id);
		redirect.addFlashAttribute("success", "api.revoked");
		return "redirect:/admin/api-tokens";
	}

}
