package vn.dondoc.urging;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the application mailed, what waits, and what failed, with a way to send a failed
 * mail again and to run the sending job at once.
 */
@Controller
@RequestMapping("/admin/mail")
class OutboxController {

	private final OutboxQueries queries;

	private final OutboxSender sender;

	private final DeadlineDigest digest;

	private final MonthlyCycle monthlyCycle;

	private final ReportCycle reportCycle;

	private final Clock clock;

	OutboxController(OutboxQueries queries, OutboxSender sender, DeadlineDigest digest, MonthlyCycle monthlyCycle,
			ReportCycle reportCycle, Clock clock) {
		this.queries = queries;
		this.sender = sender;
		this.digest = digest;
		this.monthlyCycle = monthlyCycle;
		this.reportCycle = reportCycle;
		this.clock = clock;
	}

	/** Sends today's reminders of the reporting calendar at once. */
	@PostMapping("/run-cycle")
	String runCycle(RedirectAttributes redirect) {
		int delivered = this.monthlyCycle.run();
		redirect.addFlashAttribute("success", "cycle.ran");
		redirect.addFlashAttribute("successArg", delivered);
		return "redirect:/admin/mail";
	}

	/** Runs today's deadline digest at once, so the administrator sees its effect. */
	@PostMapping("/run-digest")
	String runDigest(RedirectAttributes redirect) {
		int queued = this.digest.run();
		redirect.addFlashAttribute("success", "mail.digestRun");
		redirect.addFlashAttribute("successArg", queued);
		return "redirect:/admin/mail";
	}

	@GetMapping
	String list(@org.springframework.web.bind.annotation.RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("page", this.queries.page(Math.max(0, Math.min(page, 100_000)), 50));
		YearMonth month = YearMonth.now(this.clock);
		model.addAttribute("cycleMonth", month.getMonthValue() + "/" + month.getYear());
		model.addAttribute("cycle", this.reportCycle.of(month));
		return "admin/mail/list";
	}

	/** One mail as it was (or will be) sent: its text body. */
	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		model.addAttribute("mail",
				this.queries.one(id)
					.orElseThrow(() -> new org.springframework.web.server.ResponseStatusException(
							org.springframework.http.HttpStatus.NOT_FOUND)));
		model.addAttribute("body", this.queries.bodyText(id));
		return "admin/mail/show";
	}

	@PostMapping("/{id}/resend")
	String resend(@PathVariable long id, RedirectAttributes redirect) {
		this.sender.resend(id);
		redirect.addFlashAttribute("success", "mail.requeued");
		return "redirect:/admin/mail";
	}

	@PostMapping("/send-now")
	String sendNow(RedirectAttributes redirect) {
		int sent = this.sender.sendDue();
		redirect.addFlashAttribute("success", "mail.sentNow");
		redirect.addFlashAttribute("successArg", sent);
		return "redirect:/admin/mail";
	}

}
