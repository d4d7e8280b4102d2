package vn.dondoc.directive;

import java.util.List;
import java.util.function.Function;

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

import vn.dondoc.account.Actor;
import vn.dondoc.account.ActorResolver;
import vn.dondoc.account.CurrentUser;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.common.Texts;
import vn.dondoc.organisation.UnitManagement;

/**
 * The task list and the page of one task with the steps of its workflow. Each step is a
 * small form on the task page; a refused step shows the page again with the error beside
 * the field and everything typed kept.
 */
@Controller
@RequestMapping("/tasks")
class TaskController {

	/** The action forms of the task page, each bound under its own name. */
	static final List<String> FORMS = List.of("forwardForm", "acceptForm", "assignForm", "partForm", "partForwardForm",
			"partUpdateForm", "progressForm", "completeForm", "occurrenceForm", "returnForm", "returnDecisionForm",
			"reassignForm", "extensionForm", "extensionDecisionForm", "noticeForm", "urgeForm");

	private final TaskQueries queries;

	private final DirectiveReading reading;

	private final TaskWorkflow workflow;

	private final UnitManagement units;

	private final ActorResolver actors;

	TaskController(TaskQueries queries, DirectiveReading reading, TaskWorkflow workflow, UnitManagement units,
			ActorResolver actors) {
		this.actors = actors;
		this.queries = queries;
		this.reading = reading;
		this.workflow = workflow;
		this.units = units;
	}

	@GetMapping
	String list(@ModelAttribute("filter") TaskFilter filter, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, jakarta.servlet.http.HttpServletRequest request, Model model) {
		// Opened without a filter (the menu, the "all" tab): the open tasks, nearest
		// deadline first. Choosing "any status" in the form asks for every task.
		if (request.getParameterMap()
			.keySet()
			.stream()
			.allMatch((name) -> name.equals("scope") || name.equals("lang"))) {
			filter.setStatus("OPEN");
		}
		// A malformed filter (a date typed wrongly) is shown beside the field and
		// ignored, not a 400.
		model.addAttribute("page", this.queries.search(filter, this.actors.of(me)));
		model.addAttribute("units", this.units.activeTree());
		model.addAttribute("statuses", TaskStatus.values());
		model.addAttribute("timelinesses", Timeliness.values());
		model.addAttribute("kinds", DirectiveKind.values());
		model.addAttribute("issuers", Issuer.values());
		model.addAttribute("categories", TaskCategory.values());
		model.addAttribute("pendings", TaskFilter.Pending.values());
		return "tasks/list";
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser me, Model model) {
		return page(id, me, model);
	}

	private String page(long id, CurrentUser me, Model model) {
		TaskDetails details = this.reading.task(id)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("t", details);
		model.addAttribute("task", details.task());
		model.addAttribute("can", TaskActions.of(this.actors.of(me), details.task(), details.today()));
		model.addAttribute("units", this.units.activeTree());
		model.addAttribute("channels", UrgeChannel.values());
		model.addAttribute("weights", UrgeWeight.values());
		for (String name : FORMS) {
			if (!model.containsAttribute(name)) {
				TaskActionForm form = new TaskActionForm();
				form.setVersion(details.task().getVersion());
				if (name.equals("assignForm")) {
					// "Giao cho" shows who has the task now.
					form.setAssigneeId(details.task().getAssigneeId());
				}
				model.addAttribute(name, form);
			}
		}
		return "tasks/show";
	}

	@PostMapping("/{id}/forward")
	@PreAuthorize("hasRole('OFFICE')")
	String forward(@PathVariable long id, @ModelAttribute("forwardForm") TaskActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		return act(id, form, result, me, model, redirect, "task.forwarded",
				(actor) -> () -> this.workflow.forward(actor, id, form.getVersion()));
	}

	@PostMapping("/{id}/accept")
	@PreAuthorize("hasRole('UNIT_HEAD')")
	String accept(@PathVariable long id, @ModelAttribute("acceptForm") TaskActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		return act(id, form, result, me, model, redirect, "task.accepted",
				(actor) -> () -> this.workflow.accept(actor, id, form.getVersion(), form.getAssigneeId()));
	}

	@PostMapping("/{id}/assign")
	@PreAuthorize("hasRole('UNIT_HEAD')")
	String assign(@PathVariable long id, @ModelAttribute("assignForm") TaskActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		return act(id, form, result, me, model, redirect, "task.assigned",
				(actor) -> () -> this.workflow.assign(actor, id, form.getVersion(), form.getAssigneeId()));
	}

	@PostMapping("/{id}/parts/{partId}/remove")
	@PreAuthorize("hasAnyRole('UNIT_HEAD', 'OFFICE')")
	String removePart(@PathVariable long id, @PathVariable long partId,
			@ModelAttribute("partForwardForm") TaskActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		return act(id, form, result, me, model, redirect, "task.part.removed",
				(actor) -> () -> this.workflow.removePart(actor, id, form.getVersion(), partId));
	}

	@PostMapping("/{id}/parts")
	@PreAuthorize("hasAnyRole('UNIT_HEAD', 'OFFICE')")
	String addPart(@PathVariable long id, @ModelAttribute("partForm") TaskActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		String text = form.required(result, "text");
		if (form.getUnitId() == null) {
			result.rejectValue("unitId", "NotNull");
		}
		return act(id, form, result, me, model, redirect, "task.part.added", (actor) -> () -> this.workflow
			.addPart(actor, id, form.getVersion(), form.getUnitId(), text, form.getDate()));
	}

	@PostMapping("/{id}/parts/{partId}/forward")
	@PreAuthorize("hasRole('UNIT_HEAD')")
	String forwardPart(@PathVariable long id, @PathVariable long partId,
			@ModelAttribute("partForwardForm") TaskActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		return act(id, form, result, me, model, redirect, "task.part.forwarded",
				(actor) -> () -> this.workflow.forwardPart(actor, id, form.getVersion(), partId));
	}

	@PostMapping("/{id}/parts/{partId}/update")
	@PreAuthorize("hasAnyRole('UNIT_HEAD', 'STAFF')")
	String updatePart(@PathVariable long id, @PathVariable long partId,
			@ModelAttribute("partUpdateForm") TaskActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		String text = form.required(result, "text");
		boolean done = Boolean.TRUE.equals(form.getApprove());
		return act(id, form, result, me, model, redirect, done ? "task.part.done" : "task.part.updated",
				(actor) -> () -> this.workflow.updatePart(actor, id, form.getVersion(), partId, text, done,
						form.getDate(), form.uploads()));
	}

	@PostMapping("/{id}/progress")
	@PreAuthorize("hasAnyRole('UNIT_HEAD', 'STAFF')")
	String progress(@PathVariable long id, @ModelAttribute("progressForm") TaskActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		String text = form.required(result, "text");
		return act(id, form, result, me, model, redirect, "task.progress.saved",
				(actor) -> () -> this.workflow.progress(actor, id, form.getVersion(), text,
						Texts.clean(form.getProposal()), Texts.clean(form.getDelayReason()), form.uploads()));
	}

	@PostMapping("/{id}/complete")
	@PreAuthorize("hasAnyRole('UNIT_HEAD', 'STAFF')")
	String complete(@PathVariable long id, @ModelAttribute("completeForm") TaskActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		String text = form.required(result, "text");
		form.requiredDate(result);
		return act(id, form, result, me, model, redirect, "task.completed", (actor) -> () -> this.workflow
			.complete(actor, id, form.getVersion(), text, form.getDate(), form.uploads()));
	}

	@PostMapping("/{id}/occurrences/{occurrenceId}/complete")
	@PreAuthorize("hasAnyRole('UNIT_HEAD', 'STAFF')")
	String completeOccurrence(@PathVariable long id, @PathVariable long occurrenceId,
			@ModelAttribute("occurrenceForm") TaskActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		String text = form.required(result, "text");
		form.requiredDate(result);
		return act(id, form, result, me, model, redirect, "task.occurrence.completed", (actor) -> () -> this.workflow
			.completeOccurrence(actor, id, form.getVersion(), occurrenceId, text, form.getDate()));
	}

	@PostMapping("/{id}/return-request")
	@PreAuthorize("hasRole('UNIT_HEAD')")
	String requestReturn(@PathVariable long id, @ModelAttribute("returnForm") TaskActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		String text = form.required(result, "text");
		return act(id, form, result, me, model, redirect, "task.return.requested",
				(actor) -> () -> this.workflow.requestReturn(actor, id, form.getVersion(), text));
	}

	@PostMapping("/{id}/return-refusal")
	@PreAuthorize("hasRole('LEADER')")
	String refuseReturn(@PathVariable long id, @ModelAttribute("returnDecisionForm") TaskActionForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		return act(id, form, result, me, model, redirect, "task.return.refused",
				(actor) -> () -> this.workflow.refuseReturn(actor, id, form.getVersion()));
	}

	@PostMapping("/{id}/reassign")
	@PreAuthorize("hasRole('LEADER')")
	String reassign(@PathVariable long id, @ModelAttribute("reassignForm") TaskActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		if (form.getUnitId() == null) {
			result.rejectValue("unitId", "NotNull");
		}
		return act(id, form, result, me, model, redirect, "task.reassigned",
				(actor) -> () -> this.workflow.reassign(actor, id, form.getVersion(), form.getUnitId()));
	}

	@PostMapping("/{id}/extension")
	@PreAuthorize("hasRole('UNIT_HEAD')")
	String requestExtension(@PathVariable long id, @ModelAttribute("extensionForm") TaskActionForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		String text = form.required(result, "text");
		form.requiredDate(result);
		return act(id, form, result, me, model, redirect, "task.extension.requested",
				(actor) -> () -> this.workflow.requestExtension(actor, id, form.getVersion(), form.getDate(), text));
	}

	@PostMapping("/{id}/extension/decision")
	@PreAuthorize("hasRole('LEADER')")
	String decideExtension(@PathVariable long id, @ModelAttribute("extensionDecisionForm") TaskActionForm form,
			BindingResult result, @AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		if (form.getApprove() == null) {
			result.rejectValue("approve", "NotNull");
		}
		boolean approve = Boolean.TRUE.equals(form.getApprove());
		return act(id, form, result, me, model, redirect,
				approve ? "task.extension.approved" : "task.extension.refused", (actor) -> () -> this.workflow
					.decideExtension(actor, id, form.getVersion(), approve, Texts.clean(form.getText())));
	}

	@PostMapping("/{id}/notice")
	@PreAuthorize("hasAnyRole('UNIT_HEAD', 'STAFF')")
	String recordNotice(@PathVariable long id, @ModelAttribute("noticeForm") TaskActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		String number = form.required(result, "number");
		form.requiredDate(result);
		return act(id, form, result, me, model, redirect, "task.notice.recorded",
				(actor) -> () -> this.workflow.recordNotice(actor, id, form.getVersion(), number, form.getDate()));
	}

	@PostMapping("/{id}/urges")
	@PreAuthorize("hasAnyRole('OFFICE', 'LEADER', 'PLANNING')")
	String urge(@PathVariable long id, @ModelAttribute("urgeForm") TaskActionForm form, BindingResult result,
			@AuthenticationPrincipal CurrentUser me, Model model, RedirectAttributes redirect) {
		if (form.getChannel() == null) {
			result.rejectValue("channel", "NotNull");
		}
		if (form.getWeight() == null) {
			result.rejectValue("weight", "NotNull");
		}
		return act(id, form, result, me, model, redirect, "task.urged", (actor) -> () -> this.workflow.urge(actor, id,
				form.getChannel(), form.getWeight(), Texts.clean(form.getTargetPerson()), Texts.clean(form.getText())));
	}

	/**
	 * Runs a step. Input errors and broken rules show the page again with the error in
	 * the form that was sent; a stale version does the same, with the current state of
	 * the task on the page and the form's version moved on so that a second press applies
	 * the person's input to what they now see.
	 */
	private String act(long id, TaskActionForm form, BindingResult result, CurrentUser me, Model model,
			RedirectAttributes redirect, String successKey, Function<Actor, Runnable> step) {
		form.checkLengths(result);
		if (!result.hasErrors()) {
			try {
				step.apply(this.actors.of(me)).run();
				redirect.addFlashAttribute("success", successKey);
				return "redirect:/tasks/" + id;
			}
			catch (RuleViolation violation) {
				addViolation(violation, result);
			}
			catch (OptimisticLockingFailureException stale) {
				result.reject("stale.edit");
			}
		}
		model.addAttribute("failed", result.getObjectName());
		String view = page(id, me, model);
		if (result.hasGlobalErrors() && "stale.edit".equals(result.getGlobalError().getCode())) {
			// A second press applies the person's input to the task as the page now shows
			// it.
			form.setVersion(((Task) model.getAttribute("task")).getVersion());
		}
		TaskActions can = (TaskActions) model.getAttribute("can");
		if (result.hasGlobalErrors() && can != null && !can.offers(result.getObjectName())) {
			// The step is no longer on offer (someone took it first), so its form is not
			// on the page: say why at the top instead.
			model.addAttribute("error", result.getGlobalError().getCode());
			Object[] arguments = result.getGlobalError().getArguments();
			model.addAttribute("errorArg", (arguments != null && arguments.length > 0) ? arguments[0] : null);
		}
		return view;
	}

	private static void addViolation(RuleViolation violation, BindingResult result) {
		String field = violation.getField();
		if (field != null && !List.of("text", "number", "date", "unitId", "assigneeId").contains(field)) {
			result.reject(violation.getMessageKey(), violation.getArguments(), null);
		}
		else {
			violation.addTo(result);
		}
	}

}
