package vn.dondoc.directive;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dondoc.account.ActorResolver;
import vn.dondoc.account.CurrentUser;
import vn.dondoc.account.UserDirectory;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.organisation.UnitManagement;

/**
 * The office corrects a task it registered. Two people editing the same task: the second
 * save is refused, the page shows what is stored now beside what the person typed.
 */
@Controller
@RequestMapping("/tasks/{id}/edit")
@PreAuthorize("hasRole('OFFICE')")
class TaskEditController {

	private final DirectiveReading reading;

	private final TaskWorkflow workflow;

	private final UnitManagement units;

	private final UserDirectory people;

	private final ActorResolver actors;

	TaskEditController(DirectiveReading reading, TaskWorkflow workflow, UnitManagement units, UserDirectory people,
			ActorResolver actors) {
		this.actors = actors;
		this.reading = reading;
		this.workflow = workflow;
		this.units = units;
		this.people = people;
	}

	@GetMapping
	String edit(@PathVariable long id, Model model) {
		TaskDetails details = load(id);
		return show(TaskForm.of(details.task()), details, model);
	}

	@PostMapping
	String save(@PathVariable long id, @ModelAttribute("form") TaskForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		form.validate(result, "", false);
		if (!result.hasErrors()) {
			try {
				this.workflow.edit(this.actors.of(me), id, form.getVersion(), form.toDraft());
				redirect.addFlashAttribute("success", "task.edited");
				return "redirect:/tasks/" + id;
			}
			catch (RuleViolation violation) {
				violation.addTo(result);
			}
			catch (OptimisticLockingFailureException stale) {
				result.reject("stale.edit");
				TaskDetails stored = load(id);
				model.addAttribute("stored", TaskForm.of(stored.task()));
				form.setVersion(stored.task().getVersion());
				return show(form, stored, model);
			}
		}
		return show(form, load(id), model);
	}

	private TaskDetails load(long id) {
		return this.reading.task(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private String show(TaskForm form, TaskDetails details, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("t", details);
		model.addAttribute("units", this.units.activeTree());
		model.addAttribute("people", this.people.everyone());
		model.addAttribute("meanings", DeadlineMeaning.values());
		model.addAttribute("categories", TaskCategory.values());
		return "tasks/edit";
	}

}
