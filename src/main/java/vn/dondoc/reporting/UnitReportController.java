package vn.dondoc.reporting;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import vn.dondoc.common.RuleViolation;
import vn.dondoc.account.Actor;
import vn.dondoc.account.ActorResolver;

/**
 * The office's list of a period's unit reports, a head's list of what the unit is asked
 * for, and one unit's report: written and sent by its head, returned by the office.
 */
@Controller
class UnitReportController {

	private final UnitReporting reports;

	private final ReportPeriodManagement periods;

	private final ConfidentialReportSchedule confidential;

	private final ActorResolver actors;

	private final Clock clock;

	private final ReportFigureLinker links;

	private final ReportDocumentWriter documents;

	private final ReportUrging urging;

	UnitReportController(UnitReporting reports, ReportPeriodManagement periods, ConfidentialReportSchedule confidential,
			ActorResolver actors, Clock clock, ReportDocumentWriter documents, ReportUrging urging,
			ReportFigureLinker links) {
		this.links = links;
		this.documents = documents;
		this.urging = urging;
		this.reports = reports;
		this.periods = periods;
		this.confidential = confidential;
		this.actors = actors;
		this.clock = clock;
	}

	/**
	 * The units' reports of a period: {@code period=2026-11}, {@code 2026-Q4} or
	 * {@code P17}.
	 */
	@GetMapping("/reports/units")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING')")
	String list(@RequestParam(required = false) String period, @RequestParam(required = false) String month,
			Model model) {
		ReportPeriod chosen = period((period != null && !period.isBlank()) ? period : month);
		model.addAttribute("period", chosen);
		model.addAttribute("statuses", this.reports.statuses(chosen));
		model.addAttribute("urges", this.urging.counts(chosen));
		if (chosen.kind() == ReportPeriod.Kind.MONTH) {
			model.addAttribute("previous", chosen.month().minusMonths(1).toString());
			model.addAttribute("next", chosen.month().isBefore(now()) ? chosen.month().plusMonths(1).toString() : null);
		}
		return "reports/units";
	}

	/**
	 * The written confidential reports due in a period, unit by unit: codes, dates and
	 * numbers only.
	 */
	@GetMapping("/reports/confidential")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'ADMIN', 'UNIT_HEAD')")
	String confidential(@RequestParam(required = false) String period, @AuthenticationPrincipal CurrentUser me,
			Model model) {
		// By default the period being reported on now: after the 10th, next month's.
		ReportPeriod chosen = (period == null || period.isBlank())
				? ReportPeriod.month(ReportMonth.writing(java.time.LocalDate.now(this.clock))) : period(period);
		List<ConfidentialReportSchedule.Due> due = this.confidential.of(this.actors.of(me), chosen.from(), chosen.to());
		model.addAttribute("period", chosen);
		model.addAttribute("due", due);
		model.addAttribute("sentCount", due.stream().filter(ConfidentialReportSchedule.Due::sent).count());
		model.addAttribute("lateCount", due.stream().filter(ConfidentialReportSchedule.Due::late).count());
		if (chosen.kind() == ReportPeriod.Kind.MONTH) {
			model.addAttribute("previous", chosen.month().minusMonths(1).toString());
			model.addAttribute("next", chosen.month().isBefore(now()) ? chosen.month().plusMonths(1).toString() : null);
		}
		return "reports/confidential";
	}

	/**
	 * What the signed-in head's unit is asked to report on, and where each report stands.
	 */
	@GetMapping("/reports/mine")
	@PreAuthorize("hasRole('UNIT_HEAD')")
	String mine(@AuthenticationPrincipal CurrentUser me, Model model) {
		List<ReportPeriod> asked = this.periods.askedOf(me.getUnitId());
		model.addAttribute("unitId", me.getUnitId());
		model.addAttribute("asked", asked);
		model.addAttribute("states", this.reports.statesOf(me.getUnitId(), asked));
		return "reports/mine";
	}

	@GetMapping("/reports/units/{unitId}/{period}")
	String show(@PathVariable long unitId, @PathVariable String period, @AuthenticationPrincipal CurrentUser me,
			Model model) {
		Actor actor = this.actors.of(me);
		UnitReporting.Report report = this.reports.of(actor, unitId, period(period))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("report", report);
		model.addAttribute("figureNames", UnitReporting.ReportFigures.NAMES);
		model.addAttribute("figureLinks", this.links.unit(report));
		if (!report.sent()) {
			model.addAttribute("openOn", this.links.openOn(report));
		}
		model.addAttribute("canWrite", actor.headOf(unitId) && !report.sent());
		// The quarter's last month: its quarter report, due the same day, can go with it.
		if (actor.headOf(unitId) && !report.sent() && report.period().quarterly()) {
			ReportPeriod quarter = ReportPeriod.quarterOf(report.period().month());
			UnitReporting.Status state = this.reports.statesOf(unitId, List.of(quarter)).get(quarter.code());
			boolean quarterSent = state != null && state.status().sent();
			model.addAttribute("quarterToSend", quarterSent ? null : quarter);
		}
		model.addAttribute("canReturn", report.sent()
				&& (actor.has(vn.dondoc.account.Role.OFFICE) || actor.has(vn.dondoc.account.Role.PLANNING)));
		model.addAttribute("canUrge", !report.sent() && vn.dondoc.directive.TaskPolicy.canUrge(actor));
		model.addAttribute("urges", this.urging.of(unitId, report.period()));
		model.addAttribute("channels", vn.dondoc.directive.UrgeChannel.values());
		model.addAttribute("weights", vn.dondoc.directive.UrgeWeight.values());
		return "reports/unit";
	}

	/**
	 * The unit's report as a document (Nghị định 30/2020), before and after it is sent:
	 * the PDF to read and print in the browser, the Word file to download. Whoever may
	 * read the report may read its document.
	 */
	@GetMapping("/reports/units/{unitId}/{period}/pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long unitId, @PathVariable String period,
			@AuthenticationPrincipal CurrentUser me) throws java.io.IOException {
		UnitReporting.Report report = readable(unitId, period, me);
		return ReportDocumentWriter.pdf(this.documents.unit(report), name(report));
	}

	@GetMapping("/reports/units/{unitId}/{period}/docx")
	ResponseEntity<byte[]> docx(@PathVariable long unitId, @PathVariable String period,
			@AuthenticationPrincipal CurrentUser me) throws java.io.IOException {
		UnitReporting.Report report = readable(unitId, period, me);
		return ReportDocumentWriter.docx(this.documents.unit(report), name(report));
	}

	private UnitReporting.Report readable(long unitId, String period, CurrentUser me) {
		return this.reports.of(this.actors.of(me), unitId, period(period))
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static String name(UnitReporting.Report report) {
		return "bao-cao-don-vi-" + report.unitId() + "-" + report.period().code();
	}

	@PostMapping("/reports/units/{unitId}/{period}")
	String save(@PathVariable long unitId, @PathVariable String period, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String assessment, @RequestParam(required = false) String difficulties,
			@RequestParam(required = false) String proposals, @RequestParam(required = false) String send,
			@RequestParam(required = false) String alsoQuarter, @AuthenticationPrincipal CurrentUser me,
			RedirectAttributes redirect) {
		ReportPeriod chosen = period(period);
		try {
			if (send != null && alsoQuarter != null) {
				this.reports.sendWithQuarter(this.actors.of(me), unitId, chosen, version, assessment, difficulties,
						proposals);
				redirect.addFlashAttribute("success", "report.sentBoth");
			}
			else {
				this.reports.save(this.actors.of(me), unitId, chosen, version, assessment, difficulties, proposals,
						send != null);
				redirect.addFlashAttribute("success", (send != null) ? "report.sent" : "report.saved");
			}
		}
		catch (RuleViolation violation) {
			keep(redirect, assessment, difficulties, proposals);
			redirect.addFlashAttribute("error", violation.getMessageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			keep(redirect, assessment, difficulties, proposals);
			redirect.addFlashAttribute("error", "report.stale");
		}
		return "redirect:/reports/units/" + unitId + "/" + chosen.code();
	}

	/** Urges the unit about a report it has not sent (Điều 7). */
	@PostMapping("/reports/units/{unitId}/{period}/urges")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING')")
	String urge(@PathVariable long unitId, @PathVariable String period,
			@RequestParam(required = false) vn.dondoc.directive.UrgeChannel channel,
			@RequestParam(required = false) vn.dondoc.directive.UrgeWeight weight,
			@RequestParam(required = false) String targetPerson, @RequestParam(required = false) String note,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		ReportPeriod chosen = period(period);
		try {
			this.urging.urge(this.actors.of(me), unitId, chosen, channel, weight, targetPerson, note);
			redirect.addFlashAttribute("success", "report.urged");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessageKey());
		}
		return "redirect:/reports/units/" + unitId + "/" + chosen.code();
	}

	@PostMapping("/reports/units/{unitId}/{period}/return")
	@PreAuthorize("hasAnyRole('OFFICE', 'PLANNING')")
	String giveBack(@PathVariable long unitId, @PathVariable String period,
			@RequestParam(defaultValue = "-1") long version, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		ReportPeriod chosen = period(period);
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
		return "redirect:/reports/units/" + unitId + "/" + chosen.code();
	}

	private static void keep(RedirectAttributes redirect, String assessment, String difficulties, String proposals) {
		redirect.addFlashAttribute("typedAssessment", assessment);
		redirect.addFlashAttribute("typedDifficulties", difficulties);
		redirect.addFlashAttribute("typedProposals", proposals);
	}

	private YearMonth now() {
		return YearMonth.now(this.clock);
	}

	private ReportPeriod period(String value) {
		return this.periods.fromUrl(value);
	}

}
