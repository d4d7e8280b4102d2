package vn.dondoc.urging;

import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dondoc.account.CurrentUser;

/**
 * The bell and the list behind it. The count is fetched by the page after it loads, so no
 * page waits for it.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private final NotificationInbox notifications;

	private final MailPreferenceManagement preferences;

	NotificationController(NotificationInbox notifications, MailPreferenceManagement preferences) {
		this.notifications = notifications;
		this.preferences = preferences;
	}

	/** Which reminders come by e-mail: the optional ones can be turned off. */
	@GetMapping("/settings")
	String settings(@AuthenticationPrincipal CurrentUser me, Model model) {
		model.addAttribute("kinds", MailKind.values());
		model.addAttribute("wanted", this.preferences.wanted(me.getId()));
		return "notifications/settings";
	}

	@PostMapping("/settings")
	String saveSettings(@RequestParam(name = "kind", required = false) Set<MailKind> kinds,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		this.preferences.choose(me.getId(), (kinds != null) ? kinds : Set.of());
		redirect.addFlashAttribute("success", "preferences.saved");
		return "redirect:/notifications/settings";
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, @AuthenticationPrincipal CurrentUser me, Model model) {
		model.addAttribute("page", this.notifications.of(me.getId(), page));
		return "notifications/list";
	}

	@GetMapping("/count")
	String count(@AuthenticationPrincipal CurrentUser me, Model model) {
		model.addAttribute("unread", this.notifications.unread(me.getId()));
		return "notifications/bell :: bell";
	}

	@PostMapping("/{id}/read")
	String read(@PathVariable long id, @AuthenticationPrincipal CurrentUser me) {
		String link = this.notifications.read(me.getId(), id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return "redirect:" + (link.startsWith("/") ? link : "/notifications");
	}

	@PostMapping("/read-all")
	String readAll(@AuthenticationPrincipal CurrentUser me) {
		this.notifications.readAll(me.getId());
		return "redirect:/notifications";
	}

}
