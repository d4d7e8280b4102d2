package vn.dondoc.ranking;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dondoc.account.CurrentUser;
import vn.dondoc.account.Role;
import vn.dondoc.common.MonthParameter;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.account.Actor;
import vn.dondoc.account.ActorResolver;
import vn.dondoc.directive.TaskStatistics;
import vn.dondoc.directive.TaskStatistics.MonthFigure;

/**
 * The ranking pages: a month (default: the last ended one), its confirmation by
 * leadership, the year, and both as spreadsheets. Staff and unit heads see their own
 * unit's row unless the configuration opens every row to them.
 */
@Controller
class RankingController {

	private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Ranking ranking;

	private final RankingExport export;

	private final ActorResolver actors;

	private final Clock clock;

	RankingController(Ranking ranking, RankingExport export, ActorResolver actors, Clock clock) {
		this.ranking = ranking;
		this.export = export;
		this.actors = actors;
		this.clock = clock;
	}

	@GetMapping("/ranking")
	String month(@RequestParam(required = false) String month, @AuthenticationPrincipal CurrentUser me, Model model) {
		YearMonth chosen = month(month);
		Ranking.Month result = this.ranking.month(chosen);
		Actor actor = this.actors.of(me);
		model.addAttribute("result", result);
		List<UnitMonth> rows = visible(result.rows(), UnitMonth::unitId, actor);
		model.addAttribute("rows", rows);
		Map<Long, Lists> lists = new HashMap<>();
		for (UnitMonth row : rows) {
			lists.put(row.unitId(), Lists.of(chosen, row.unitId()));
		}
		model.addAttribute("lists", lists);
		model.addAttribute("monthLabel", chosen.getMonthValue() + "/" + chosen.getYear());
		model.addAttribute("previous", chosen.minusMonths(1).toString());
		model.addAttribute("next", chosen.plusMonths(1).isBefore(now()) ? chosen.plusMonths(1).toString() : null);
		model.addAttribute("canConfirm", actor.has(Role.LEADER) && !result.confirmed() && chosen.isBefore(now()));
		model.addAttribute("settings", this.ranking.settings());
		return "ranking/month";
	}

	/** The task lists behind a unit's month: their totals are its figures. */
	record Lists(String due, String onTime, String openAtEnd, String overdue) {

		static Lists of(YearMonth month, long unitId) {
			LocalDate first = month.atDay(1);
			LocalDate last = month.atEndOfMonth();
			return new Lists(TaskStatistics.monthListOf(MonthFigure.DUE, first, last, unitId),
					TaskStatistics.monthListOf(MonthFigure.ON_TIME, first, last, unitId),
					TaskStatistics.monthListOf(MonthFigure.OPEN_AT_END, first, last, unitId),
					TaskStatistics.monthListOf(MonthFigure.OVERDUE_AT_END, first, last, unitId));
		}

	}

	@PostMapping("/ranking/confirm")
	@PreAuthorize("hasRole('LEADER')")
	String confirm(@RequestParam(required = false) String month, @AuthenticationPrincipal CurrentUser me,
			RedirectAttributes redirect) {
		YearMonth chosen = month(month);
		try {
			this.ranking.confirm(chosen, this.actors.of(me).name());
			redirect.addFlashAttribute("success", "ranking.confirmed");
		}
		catch (RuleViolation ex) {
			redirect.addFlashAttribute("error", ex.getMessageKey());
		}
		return "redirect:/ranking?month=" + chosen;
	}

	@GetMapping("/ranking/year")
	String year(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser me, Model model) {
		int chosen = year(year);
		Actor actor = this.actors.of(me);
		List<Ranking.UnitYear> rows = this.ranking.year(chosen);
		model.addAttribute("year", chosen);
		model.addAttribute("rows", visible(rows, Ranking.UnitYear::unitId, actor));
		return "ranking/year";
	}

	@GetMapping("/ranking.xlsx")
	void monthXlsx(@RequestParam(required = false) String month, @AuthenticationPrincipal CurrentUser me, Locale locale,
			HttpServletResponse response) throws IOException {
		YearMonth chosen = month(month);
		Ranking.Month result = this.ranking.month(chosen);
		attachment(response, "xep-hang-" + chosen + ".xlsx");
		this.export.month(result, visible(result.rows(), UnitMonth::unitId, this.actors.of(me)), locale,
				response.getOutputStream());
	}

	@GetMapping("/ranking/year.xlsx")
	void yearXlsx(@RequestParam(required = false) Integer year, @AuthenticationPrincipal CurrentUser me, Locale locale,
			HttpServletResponse response) throws IOException {
		int chosen = year(year);
		Actor actor = this.actors.of(me);
		List<Ranking.UnitYear> rows = this.ranking.year(chosen);
		attachment(response, "xep-hang-nam-" + chosen + ".xlsx");
		this.export.year(chosen, visible(rows, Ranking.UnitYear::unitId, actor), locale, response.getOutputStream());
	}

	/**
	 * Every unit's rows, or only the actor's own unit's when the ranking is not open to
	 * all.
	 */
	private <T> List<T> visible(List<T> rows, java.util.function.ToLongFunction<T> unit, Actor actor) {
		return seesAll(actor) ? rows : rows.stream().filter((row) -> unit.applyAsLong(row) == actor.unitId()).toList();
	}

	private boolean seesAll(Actor actor) {
		return this.ranking.settings().visibleToAll() || actor.has(Role.LEADER) || actor.has(Role.OFFICE)
				|| actor.has(Role.PLANNING) || actor.has(Role.ADMIN);
	}

	private YearMonth now() {
		return YearMonth.now(this.clock);
	}

	/**
	 * A month written yyyy-MM; the last ended month when absent; 400 when not a month.
	 */
	private YearMonth month(String value) {
		return MonthParameter.parse(value, now().minusMonths(1), now());
	}

	private int year(Integer value) {
		int current = now().getYear();
		if (value == null) {
			return current;
		}
		if (value < 2000 || value > current) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "year out of range");
		}
		return value;
	}

	private static void attachment(HttpServletResponse response, String name) {
		response.setContentType(XLSX);
		response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"");
		response.setHeader("X-Content-Type-Options", "nosniff");
	}

}
