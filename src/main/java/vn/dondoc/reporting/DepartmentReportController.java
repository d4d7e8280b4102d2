package vn.dondoc.reporting;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
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
import vn.dondoc.common.DayParameter;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.account.ActorResolver;

/**
 * The Department's monthly report from draft to publication, its Word document, and the
 * public page of issued reports.
 */
@Controller
class DepartmentReportController {

	private final DepartmentReporting reports;

	private final OverdueList overdue;

	private final TaskAnnex annex;

	private final ActorResolver actors;

	private final Clock clock;

	private final ReportFigureLinker links;

	private final ReportPeriodManagement periods;

	private final ReportDocumentWriter documents;

	private final UnitReporting unitReports;

	DepartmentReportController(DepartmentReporting reports, OverdueList overdue, TaskAnnex annex, ActorResolver actors,
			Clock clock, ReportPeriodManagement periods, ReportDocumentWriter documents, ReportFigureLinker links,
			UnitReporting unitReports) {
		this.unitReports = unitReports;
		this.links = links;
		this.documents = documents;
		this.periods = periods;
		this.reports = reports;
		this.overdue = overdue;
		this.annex = annex;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/reports/department")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING')")
	String show(@RequestParam(required = false) String period, @RequestParam(required = false) String month,
			@AuthenticationPrincipal CurrentUser me, Model model) {
		ReportPeriod chosen = period((period != null && !period.isBlank()) ? period : month);
		model.addAttribute("period", chosen);
		DepartmentReporting.Report report = this.reports.of(chosen).orElse(null);
		model.addAttribute("report", report);
		model.addAttribute("figureLinks", this.links.department(report));
		if (report != null && !report.issued()) {
			// Approving or issuing before the period has ended, or before every unit has
			// reported, is allowed but said, with the units' names.
			model.addAttribute("notReported",
					this.unitReports.statuses(chosen)
						.stream()
						.filter((s) -> !s.status().sent())
						.map(UnitReporting.Status::unitName)
						.toList());
			model.addAttribute("periodRunning", !LocalDate.now(this.clock).isAfter(chosen.to()));
		}
		if (chosen.kind() == ReportPeriod.Kind.MONTH) {
			model.addAttribute("previous", chosen.month().minusMonths(1).toString());
			model.addAttribute("next", chosen.month().isBefore(now()) ? chosen.month().plusMonths(1).toString() : null);
		}
		return "reports/department";
	}

	@PostMapping("/reports/department/{period}/draft")
	@PreAuthorize("hasAnyRole('OFFICE', 'PLANNING')")
	String draft(@PathVariable String period, @AuthenticationPrincipal CurrentUser me) {
		ReportPeriod chosen = period(period);
		this.reports.draft(this.actors.of(me), chosen);
		return back(chosen);
	}

	@PostMapping("/reports/department/{period}/refresh")
	@PreAuthorize("hasAnyRole('OFFICE', 'PLANNING')")
	String refresh(@PathVariable String period, @RequestParam(defaultValue = "-1") long version,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		ReportPeriod chosen = period(period);
		return attempt(chosen, redirect, "department.refreshed",
				() -> this.reports.refresh(this.actors.of(me), chosen, version), null);
	}

	@PostMapping("/reports/department/{period}")
	@PreAuthorize("hasAnyRole('OFFICE', 'PLANNING')")
	String save(@PathVariable String period, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String body, @RequestParam(required = false) String submit,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		ReportPeriod chosen = period(period);
		return attempt(chosen, redirect, (submit != null) ? "department.submitted" : "department.saved",
				() -> this.reports.save(this.actors.of(me), chosen, version, body, submit != null), body);
	}

	@PostMapping("/reports/department/{period}/decide")
	@PreAuthorize("hasRole('LEADER')")
	String decide(@PathVariable String period, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String approve, @RequestParam(required = false) String comment,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		ReportPeriod chosen = period(period);
		return attempt(chosen, redirect, (approve != null) ? "department.approved" : "department.returned",
				() -> this.reports.decide(this.actors.of(me), chosen, version, approve != null, comment), null);
	}

	@PostMapping("/reports/department/{period}/issue")
	@PreAuthorize("hasAnyRole('OFFICE', 'PLANNING')")
	String issue(@PathVariable String period, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String number, @RequestParam(required = false) String issuedOn,
			@RequestParam(required = false) String signer, @AuthenticationPrincipal CurrentUser me,
			RedirectAttributes redirect) {
		ReportPeriod chosen = period(period);
		String outcome = attempt(chosen, redirect, "department.issued", () -> this.reports.issue(this.actors.of(me),
				chosen, version, number, date(issuedOn, "issuedOn"), signer), null);
		if (redirect.getFlashAttributes().containsKey("error")) {
			// Nothing typed is lost when one field is refused.
			redirect.addFlashAttribute("typedNumber", number);
			redirect.addFlashAttribute("typedIssuedOn", issuedOn);
			redirect.addFlashAttribute("typedSigner", signer);
		}
		return outcome;
	}

	@PostMapping("/reports/department/{period}/sent")
	@PreAuthorize("hasAnyRole('OFFICE', 'PLANNING')")
	String sent(@PathVariable String period, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String sentOn, @AuthenticationPrincipal CurrentUser me,
			RedirectAttributes redirect) {
		ReportPeriod chosen = period(period);
		return attempt(chosen, redirect, "department.sentRecorded",
				() -> this.reports.recordSent(this.actors.of(me), chosen, version, date(sentOn, "sentOn")), null);
	}

	@GetMapping("/reports/department/{period}/docx")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING')")
	ResponseEntity<byte[]> docx(@PathVariable String period) throws IOException {
		return document(existing(period));
	}

	/** The report as a PDF, the draft too, to read and print in the browser. */
	@GetMapping("/reports/department/{period}/pdf")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING')")
	ResponseEntity<byte[]> pdf(@PathVariable String period) throws IOException {
		DepartmentReporting.Report report = existing(period);
		return ReportDocumentWriter.pdf(this.documents.department(report), "bao-cao-" + report.period().code());
	}

	/** The period's report, drafted or further; 404 when there is none yet. */
	private DepartmentReporting.Report existing(String period) {
		return this.reports.of(period(period)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	/** The report's task annex as a spreadsheet. */
	@GetMapping("/reports/department/{period}/tasks.xlsx")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING')")
	void annex(@PathVariable String period, jakarta.servlet.http.HttpServletResponse response) throws IOException {
		ReportPeriod chosen = period(period);
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"phu-luc-nhiem-vu-" + chosen.code() + ".xlsx\"");
		response.setHeader("X-Content-Type-Options", "nosniff");
		this.annex.write(chosen, response.getOutputStream());
	}

	/** Điều 8.2: what is overdue or at risk, for the office to propose measures. */
	@GetMapping("/reports/overdue")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING')")
	String overdue(Model model) {
		model.addAttribute("lines", this.overdue.first(200));
		model.addAttribute("total", this.overdue.count());
		return "reports/overdue";
	}

	@GetMapping("/reports/overdue.xlsx")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING')")
	void overdueXlsx(jakarta.servlet.http.HttpServletResponse response) throws IOException {
		response.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"nhiem-vu-qua-han.xlsx\"");
		response.setHeader("X-Content-Type-Options", "nosniff");
		this.overdue.xlsx(response.getOutputStream());
	}

	@GetMapping("/public/reports")
	String published(Model model) {
		model.addAttribute("reports", this.reports.published());
		return "public/reports";
	}

	@GetMapping("/public/reports/{id}")
	String publishedOne(@PathVariable long id, Model model) {
		model.addAttribute("report",
				this.reports.publishedReport(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
		return "public/report";
	}

	@GetMapping("/public/reports/{id}/pdf")
	ResponseEntity<byte[]> publishedPdf(@PathVariable long id) throws IOException {
		DepartmentReporting.Report report = this.reports.publishedReport(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return ReportDocumentWriter.pdf(this.documents.department(report), "bao-cao-" + report.period().code());
	}

	@GetMapping("/public/reports/{id}/docx")
	ResponseEntity<byte[]> publishedDocx(@PathVariable long id) throws IOException {
		return document(
				this.reports.publishedReport(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	private ResponseEntity<byte[]> document(DepartmentReporting.Report report) throws IOException {
		return ReportDocumentWriter.docx(this.documents.department(report), "bao-cao-" + report.period().code());
	}

	private String attempt(ReportPeriod period, RedirectAttributes redirect, String success, Runnable action,
			String typed) {
		try {
			action.run();
			redirect.addFlashAttribute("success", success);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessageKey());
			keep(redirect, typed);
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("error", "report.stale");
			keep(redirect, typed);
		}
		return back(period);
	}

	private static void keep(RedirectAttributes redirect, String typed) {
		if (typed != null) {
			redirect.addFlashAttribute("typedBody", typed);
		}
	}

	private static String back(ReportPeriod period) {
		return "redirect:/reports/department?period=" + period.code();
	}

	private static LocalDate date(String value, String field) {
		return DayParameter.field(value, field, "date.invalid");
	}

	private YearMonth now() {
		return YearMonth.now(this.clock);
	}

	private ReportPeriod period(String value) {
		return this.periods.fromUrl(value);
	}

}
