package vn.dondoc.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.dondoc.account.CurrentUser;
import vn.dondoc.account.Role;
import vn.dondoc.account.Actor;
import vn.dondoc.account.ActorResolver;

/**
 * {@code /reports}: what the signed-in person may open among the reports, and what is due
 * by when — the unit's reports for its members, the Department's report of the month
 * (units by the 10th, the draft to leadership by the 12th, issued before the 15th, Điều
 * 10) and the registers and lists for leadership and the office.
 */
@Controller
class ReportsController {

	/**
	 * The Department's report of a period: its dates, the units that sent theirs, its
	 * state.
	 */
	record DepartmentDue(ReportPeriod period, LocalDate unitsDue, LocalDate draftDue, LocalDate issueBy, int sent,
			int asked, List<String> missing, DepartmentReportState status) {

	}

	private final ReportPeriodManagement periods;

	private final UnitReporting units;

	private final DepartmentReporting department;

	private final ActorResolver actors;

	private final Clock clock;

	ReportsController(ReportPeriodManagement periods, UnitReporting units, DepartmentReporting department,
			ActorResolver actors, Clock clock) {
		this.periods = periods;
		this.units = units;
		this.department = department;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/reports")
	String reports(@AuthenticationPrincipal CurrentUser me, Model model) {
		Actor actor = this.actors.of(me);
		LocalDate today = LocalDate.now(this.clock);
		model.addAttribute("today", today);
		if (actor.memberOf(actor.unitId())) {
			List<ReportPeriod> asked = this.periods.askedOf(actor.unitId());
			model.addAttribute("unitId", actor.unitId());
			model.addAttribute("asked", asked);
			model.addAttribute("states", this.units.statesOf(actor.unitId(), asked));
			model.addAttribute("canWrite", actor.has(Role.UNIT_HEAD));
		}
		boolean oversees = actor.has(Role.LEADER) || actor.has(Role.OFFICE) || actor.has(Role.PLANNING);
		model.addAttribute("oversees", oversees);
		if (oversees) {
			YearMonth writing = ReportMonth.writing(today);
			List<DepartmentDue> due = new ArrayList<>();
			due.add(departmentDue(ReportPeriod.month(writing)));
			if (new ReportMonth(writing).quarterly()) {
				due.add(departmentDue(ReportPeriod.quarterOf(writing)));
			}
			// The previous month's while it is not issued.
			DepartmentDue previous = departmentDue(ReportPeriod.month(writing.minusMonths(1)));
			if (previous.status() != DepartmentReportState.ISSUED) {
				due.add(previous);
			}
			model.addAttribute("departmentDue", due);
		}
		return "reports/index";
	}

	private DepartmentDue departmentDue(ReportPeriod period) {
		List<UnitReporting.Status> statuses = this.units.statuses(period);
		List<String> missing = statuses.stream()
			.filter((s) -> !s.status().sent())
			.map(UnitReporting.Status::unitName)
			.toList();
		DepartmentReportState status = this.department.of(period).map(DepartmentReporting.Report::status).orElse(null);
		return new DepartmentDue(period, period.due(), period.draftDue(), period.issueBy(),
				statuses.size() - missing.size(), statuses.size(), missing, status);
	}

}
