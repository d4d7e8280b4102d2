package vn.dondoc.organisation;

import jakarta.validation.Valid;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dondoc.common.RuleViolation;

/**
 * Administration of the unit tree.
 */
@Controller
@RequestMapping("/admin/units")
class UnitController {

	private static final String FORM = "admin/units/form";

	private final UnitManagement units;

	UnitController(UnitManagement units) {
		this.units = units;
	}

	@ModelAttribute("kinds")
	UnitKind[] kinds() {
		return UnitKind.values();
	}

	@GetMapping
	String tree(Model model) {
		model.addAttribute("units", this.units.tree());
		return "admin/units/list";
	}

	@GetMapping("/new")
	String newUnit(@RequestParam(required = false) Long parent, Model model) {
		UnitForm form = new UnitForm();
		form.setParentId(parent);
		form.setKind(UnitKind.DIVISION);
		return showForm(form, null, model);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UnitForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return showForm(form, null, model);
		}
		try {
			Unit unit = this.units.create(form.getCode(), form.getName(), form.getKind(), form.getParentId());
			redirect.addFlashAttribute("success", "unit.created");
			redirect.addFlashAttribute("successArg", unit.getName());
			return "redirect:/admin/units";
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return showForm(form, null, model);
		}
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		Unit unit = this.units.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		return showForm(UnitForm.of(unit), unit, model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UnitForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		Unit current = this.units.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		if (result.hasErrors()) {
			return showForm(form, current, model);
		}
		try {
			this.units.update(id, form.getVersion(), form.getCode(), form.getName(), form.getKind(),
					form.getParentId());
			redirect.addFlashAttribute("success", "unit.updated");
			redirect.addFlashAttribute("successArg", form.getName());
			return "redirect:/admin/units";
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return showForm(form, current, model);
		}
		catch (OptimisticLockingFailureException stale) {
			// Keep what the user typed, show what is stored now, and let a second save
			// overwrite it.
			result.reject("stale.edit");
			model.addAttribute("stored", UnitForm.of(current));
			form.setVersion(current.getVersion());
			return showForm(form, current, model);
		}
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return act(() -> this.units.deactivate(id, version), "unit.deactivated", redirect);
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return act(() -> this.units.activate(id, version), "unit.activated", redirect);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return act(() -> this.units.delete(id, version), "unit.deleted", redirect);
	}

	private String act(Runnable action, String successKey, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("success", successKey);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessageKey());
			redirect.addFlashAttribute("errorArg", violation.getFirstArgument());
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("error", "stale.action");
		}
		return "redirect:/admin/units";
	}

	private String showForm(UnitForm form, Unit unit, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("unit", unit);
		model.addAttribute("parents",
				this.units.activeTree().stream().filter((node) -> unit == null || node.id() != unit.getId()).toList());
		return FORM;
	}

}
