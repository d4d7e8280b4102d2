package vn.dondoc.reporting;

import java.time.Clock;
import java.time.YearMonth;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dondoc.account.CurrentUser;
import vn.dondoc.common.MonthParameter;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.directive.Actor;
import vn.dondoc.directive.Actors;

/**
 * The office's list of the month's unit reports, and one unit's report: written and sent
 * by its head, returned by the office.
 */
@Controller
class UnitReportController {

	private final UnitReports reports;

	private final Actors actors;

	private final Clock clock;

	UnitReportController(UnitReports reports, Actors actors, Clock clock) {
		this.reports = reports;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/reports/units")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING')")
	String list(@RequestParam(required = false) String month, Model model) {
		YearMonth chosen = month(month);
		model.addAttribute("period", new ReportMonth(chosen));
		model.addAttribute("statuses", this.reports.statuses(chosen));
		model.addAttribute("previous", chosen.minusMonths(1).toString());
		model.addAttribute("next", chosen.isBefore(now()) ? chosen.plusMonths(1).toString() : null);
		return "reports/units";
	}

	/** The signed-in head's own report of this month. */
	@GetMapping("/reports/mine")
	@PreAuthorize("hasRole('UNIT_HEAD')")
	String mine(@AuthenticationPrincipal CurrentUser me) {
		return "redirect:/reports/units/" + me.getUnitId() + "/" + now();
	}

	@GetMapping("/reports/units/{unitId}/{month}")
	String show(@PathVariable long unitId, @PathVariable String month, @AuthenticationPrincipal CurrentUser me,
			Model model) {
		Actor actor = this.actors.of(me);
		UnitReports.Report report = this.reports.of(actor, unitId, month(month))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("report", report);
		model.addAttribute("canWrite", actor.headOf(unitId) && !report.sent());
		model.addAttribute("canReturn", report.sent()
				&& (actor.has(vn.dondoc.account.Role.OFFICE) || actor.has(vn.dondoc.account.Role.PLANNING)));
		return "reports/unit";
	}

	@PostMapping("/reports/units/{unitId}/{month}")
	String save(@PathVariable long unitId, @PathVariable String month, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String assessment, @RequestParam(required = false) String difficulties,
			@RequestParam(required = false) String proposals, @RequestParam(required = false) String send,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		YearMonth chosen = month(month);
		try {
			this.reports.save(this.actors.of(me), unitId, chosen, version, assessment, difficulties, proposals,
					send != null);
			redirect.addFlashAttribute("success", (send != null) ? "report.sent" : "report.saved");
		}
		catch (RuleViolation violation) {
			keep(redirect, assessment, difficulties, proposals);
			redirect.addFlashAttribute("error", violation.getMessageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			keep(redirect, assessment, difficulties, proposals);
			redirect.addFlashAttribute("error", "report.stale");
		}
		return "redirect:/reports/units/" + unitId + "/" + chosen;
	}

	@PostMapping("/reports/units/{unitId}/{month}/return")
	@PreAuthorize("hasAnyRole('OFFICE', 'PLANNING')")
	String giveBack(@PathVariable long unitId, @PathVariable String month,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		YearMonth chosen = month(month);
		try {
			this.reports.returnForCorrection(this.actors.of(me), unitId, chosen, version, comment);
			redirect.addFlashAttribute("success", "report.returned");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("error", "report.stale");
		}
		return "redirect:/reports/units/" + unitId + "/" + chosen;
	}

	private static void keep(RedirectAttributes redirect, String assessment, String difficulties, String proposals) {
		redirect.addFlashAttribute("typedAssessment", assessment);
		redirect.addFlashAttribute("typedDifficulties", difficulties);
		redirect.addFlashAttribute("typedProposals", proposals);
	}

	private YearMonth now() {
		return YearMonth.now(this.clock);
	}

	private YearMonth month(String value) {
		return MonthParameter.parse(value, now(), now().plusMonths(1));
	}

}
