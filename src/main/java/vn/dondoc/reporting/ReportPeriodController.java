package vn.dondoc.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import vn.dondoc.common.DayParameter;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.reporting.ReportPeriod.Kind;
import vn.dondoc.account.ActorResolver;

/**
 * The reporting periods of a year: quarters, the 6-month, 9-month and yearly reports the
 * office sets up with UBND's due dates, and ad hoc requests from leadership or the office
 * (Điều 8.3, 10.2).
 */
@Controller
class ReportPeriodController {

	private final ReportPeriodManagement periods;

	private final ActorResolver actors;

	private final Clock clock;

	ReportPeriodController(ReportPeriodManagement periods, ActorResolver actors, Clock clock) {
		this.periods = periods;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/reports/periods")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING')")
	String list(@RequestParam(required = false) Integer year, Model model) {
		int thisYear = LocalDate.now(this.clock).getYear();
		int chosen = (year != null) ? year : thisYear;
		if (chosen < 2000 || chosen > thisYear + 1) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year out of range");
		}
		model.addAttribute("year", chosen);
		model.addAttribute("previous", chosen - 1);
		model.addAttribute("next", (chosen <= thisYear) ? chosen + 1 : null);
		model.addAttribute("periods", this.periods.ofYear(chosen));
		model.addAttribute("units", this.periods.reportingUnits());
		model.addAttribute("kinds", List.of(Kind.HALF_YEAR, Kind.NINE_MONTHS, Kind.YEAR, Kind.AD_HOC));
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of("year", String.valueOf(thisYear)));
		}
		return "reports/periods";
	}

	@PostMapping("/reports/periods")
	@PreAuthorize("hasAnyRole('LEADER', 'OFFICE', 'PLANNING')")
	String open(@RequestParam(required = false) String kind, @RequestParam(required = false) String year,
			@RequestParam(required = false) String title, @RequestParam(required = false) String scope,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String due, @RequestParam(required = false) List<Long> units,
			@AuthenticationPrincipal CurrentUser me, RedirectAttributes redirect) {
		try {
			Kind chosen = kind(kind);
			Integer yearNumber = null;
			if (year != null && !year.isBlank()) {
				try {
					yearNumber = Integer.valueOf(year.strip());
				}
				catch (NumberFormatException ex) {
					throw new RuleViolation("year", "period.year.invalid");
				}
			}
			String code = this.periods.open(this.actors.of(me),
					new ReportPeriodManagement.Request(chosen, yearNumber, title, scope, date(from, "from"),
							date(to, "to"), date(due, "due"), (units != null) ? units : List.of()));
			redirect.addFlashAttribute("success", "period.opened");
			return "redirect:/reports/units?period=" + code;
		}
		catch (RuleViolation violation) {
			Map<String, Object> typed = new java.util.HashMap<>();
			typed.put("kind", kind);
			typed.put("year", year);
			typed.put("title", title);
			typed.put("scope", scope);
			typed.put("from", from);
			typed.put("to", to);
			typed.put("due", due);
			typed.put("units", (units != null) ? new ArrayList<>(units) : List.of());
			redirect.addFlashAttribute("typed", typed);
			redirect.addFlashAttribute("fieldError", violation.getField());
			redirect.addFlashAttribute("error", violation.getMessageKey());
			return "redirect:/reports/periods#new-period";
		}
	}

	@PostMapping("/reports/periods/{id}/due")
	@PreAuthorize("hasAnyRole('OFFICE', 'PLANNING')")
	String changeDue(@PathVariable long id, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) String due, @AuthenticationPrincipal CurrentUser me,
			RedirectAttributes redirect) {
		this.periods.fromUrl(ReportPeriod.code(id));
		try {
			this.periods.changeDue(this.actors.of(me), id, version, date(due, "due"));
			redirect.addFlashAttribute("success", "period.dueChanged");
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("typedDue", due);
			redirect.addFlashAttribute("error", violation.getMessageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("error", "period.stale");
		}
		return "redirect:/reports/units?period=" + ReportPeriod.code(id);
	}

	private static Kind kind(String value) {
		try {
			Kind kind = Kind.valueOf((value != null) ? value.strip() : "");
			if (kind.requested()) {
				return kind;
			}
		}
		catch (IllegalArgumentException ex) {
			// falls through to the message beside the field
		}
		throw new RuleViolation("kind", "period.kind.required");
	}

	private static LocalDate date(String value, String field) {
		return DayParameter.field(value, field, "period.date.invalid");
	}

}
