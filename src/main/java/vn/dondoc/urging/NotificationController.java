package vn.dondoc.urging;

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

import vn.dondoc.account.CurrentUser;

/**
 * The bell and the list behind it. The count is fetched by the page after it loads, so no
 * page waits for it.
 */
@Controller
@RequestMapping("/notifications")
class NotificationController {

	private final Notifications notifications;

	NotificationController(Notifications notifications) {
		this.notifications = notifications;
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
