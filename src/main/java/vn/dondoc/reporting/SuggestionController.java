package vn.dondoc.reporting;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dondoc.account.CurrentUser;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.account.ActorResolver;

/**
 * SuggestionBox (Điều 12): the form, one's own suggestions with their answers, and for
 * the office every suggestion with a form to answer it.
 */
@Controller
class SuggestionController {

	private final SuggestionBox suggestions;

	private final ActorResolver actors;

	SuggestionController(SuggestionBox suggestions, ActorResolver actors) {
		this.suggestions = suggestions;
		this.actors = actors;
	}

	@GetMapping("/suggestions")
	String list(@AuthenticationPrincipal CurrentUser me, Model model) {
		model.addAttribute("suggestions", this.suggestions.visibleTo(this.actors.of(me)));
		return "suggestions/list";
	}

	@PostMapping("/suggestions")
	String send(@RequestParam(required = false) String body, @AuthenticationPrincipal CurrentUser me,
			RedirectAttributes redirect) {
		try {
			this.suggestions.send(this.actors.of(me), body);
			redirect.addFlashAttribute("success", "suggestion.sent");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessageKey());
			redirect.addFlashAttribute("typedBody", body);
		}
		return "redirect:/suggestions";
	}

	@PostMapping("/suggestions/{id}/answer")
	@PreAuthorize("hasRole('OFFICE')")
	String answer(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String answer, @AuthenticationPrincipal CurrentUser me,
			RedirectAttributes redirect) {
		try {
			this.suggestions.answer(this.actors.of(me), id, version, answer);
			redirect.addFlashAttribute("success", "suggestion.answered");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("error", "suggestion.stale");
		}
		return "redirect:/suggestions";
	}

}
