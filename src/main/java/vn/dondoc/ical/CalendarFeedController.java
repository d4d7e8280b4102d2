package vn.dondoc.ical;

import java.nio.charset.StandardCharsets;
import java.time.Clock;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dondoc.common.PublicAddress;
import vn.dondoc.account.CurrentUser;
import vn.dondoc.common.Vietnamese;

/**
 * A person turns their calendar feed on (the link is shown once), makes a new link (the
 * old one stops working) or turns it off; calendar programs read the feed without a
 * login.
 */
@Controller
class CalendarFeedController {

	private final CalendarFeedManagement feeds;

	private final MessageSource messages;

	private final Clock clock;

	private final PublicAddress address;

	CalendarFeedController(CalendarFeedManagement feeds, MessageSource messages, Clock clock, PublicAddress address) {
		this.feeds = feeds;
		this.messages = messages;
		this.clock = clock;
		this.address = address;
	}

	@GetMapping("/calendar")
	String settings(@AuthenticationPrincipal CurrentUser me, Model model) {
		model.addAttribute("since", this.feeds.enabledSince(me.getId()).orElse(null));
		return "calendar/settings";
	}

	@PostMapping("/calendar/renew")
	String renew(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		String token = this.feeds.renew(me.getId());
		redirect.addFlashAttribute("feedUrl", this.address.get() + "/calendar/" + token + ".ics");
		return "redirect:/calendar";
	}

	@PostMapping("/calendar/revoke")
	String revoke(@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		this.feeds.revoke(me.getId());
		redirect.addFlashAttribute("success", "calendar.revoked");
		return "redirect:/calendar";
	}

	@GetMapping("/calendar/{token}.ics")
	ResponseEntity<byte[]> feed(@PathVariable String token) {
		var deadlines = this.feeds.deadlines(token)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String body = ICalendarWriter.write(text("calendar.name"), deadlines, this.address.get(),
				text("calendar.prefix"), this.clock.instant());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CACHE_CONTROL, "private, max-age=300")
			.header(HttpHeaders.CONTENT_DISPOSITION, "inline; filename=\"dondoc.ics\"")
			.body(body.getBytes(StandardCharsets.UTF_8));
	}

	private String text(String key) {
		return this.messages.getMessage(key, null, Vietnamese.LOCALE);
	}

}
