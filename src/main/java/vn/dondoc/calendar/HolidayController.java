package vn.dondoc.calendar;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.validation.Valid;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Texts;

/**
 * The administrator's calendar: a year's holidays and days off, with the days the
 * Government announces added by hand.
 */
@Controller
@RequestMapping("/admin/holidays")
class HolidayController {

	private final HolidayManagement holidays;

	private final Clock clock;

	HolidayController(HolidayManagement holidays, Clock clock) {
		this.holidays = holidays;
		this.clock = clock;
	}

	@GetMapping
	String list(@RequestParam(required = false) Integer year, Model model) {
		HolidayForm form = new HolidayForm();
		return show(year, form, model);
	}

	@PostMapping
	String add(@Valid @ModelAttribute("form") HolidayForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.holidays.add(form.getDay(), Texts.clean(form.getName()), form.getKind());
				redirect.addFlashAttribute("success", "holiday.added");
				redirect.addFlashAttribute("successArg", Texts.clean(form.getName()));
				return "redirect:/admin/holidays?year=" + form.getDay().getYear();
			}
			catch (RuleViolation violation) {
				violation.addTo(result);
			}
		}
		return show((form.getDay() != null) ? form.getDay().getYear() : null, form, model);
	}

	@PostMapping("/{day}/delete")
	String delete(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
			RedirectAttributes redirect) {
		this.holidays.remove(day);
		redirect.addFlashAttribute("success", "holiday.removed");
		return "redirect:/admin/holidays?year=" + day.getYear();
	}

	private String show(Integer year, HolidayForm form, Model model) {
		int shown = (year != null && year > 1900 && year < 2200) ? year : LocalDate.now(this.clock).getYear();
		model.addAttribute("year", shown);
		model.addAttribute("days", this.holidays.ofYear(shown));
		model.addAttribute("form", form);
		model.addAttribute("kinds", DayKind.values());
		return "admin/holidays/list";
	}

}
