package vn.dondoc.account;

import jakarta.validation.Valid;

import java.util.List;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

import vn.dondoc.audit.AuditQueries;
import vn.dondoc.common.RuleViolation;
import vn.dondoc.organisation.UnitDirectory;
import vn.dondoc.organisation.UnitManagement;

/**
 * Administration of accounts.
 */
@Controller
@RequestMapping("/admin/users")
class UserController {

	private static final int PAGE_SIZE = 25;

	private final UserManagement users;

	private final UserQueries queries;

	private final UnitManagement units;

	private final UnitDirectory unitNames;

	private final AuditQueries audit;

	UserController(UserManagement users, UserQueries queries, UnitManagement units, UnitDirectory unitNames,
			AuditQueries audit) {
		this.unitNames = unitNames;
		this.users = users;
		this.queries = queries;
		this.units = units;
		this.audit = audit;
	}

	@ModelAttribute("allRoles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unit,
			@RequestParam(required = false) Role role, @RequestParam(required = false) Boolean active,
			@RequestParam(defaultValue = "username") String sort, @RequestParam(defaultValue = "0") int page,
			Model model) {
		model.addAttribute("users",
				this.queries.search(q, unit, role, active, sort, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
		model.addAttribute("units", this.units.tree());
		model.addAttribute("q", q);
		model.addAttribute("unit", unit);
		model.addAttribute("role", role);
		model.addAttribute("active", active);
		model.addAttribute("sort", sort);
		return "admin/users/list";
	}

	@GetMapping("/new")
	String newUser(Model model) {
		model.addAttribute("form", new NewUserForm());
		model.addAttribute("units", this.units.activeTree());
		return "admin/users/new";
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") NewUserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				User user = this.users.create(form.getUsername(), form.getFullName(), form.getEmail(),
						form.getPosition(), form.getUnitId(), form.getRoles(), form.getTemporaryPassword());
				redirect.addFlashAttribute("success", "user.created");
				redirect.addFlashAttribute("successArg", user.getUsername());
				return "redirect:/admin/users/" + user.getId();
			}
			catch (RuleViolation violation) {
				violation.addTo(result);
			}
		}
		model.addAttribute("units", this.units.activeTree());
		return "admin/users/new";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable long id, Model model) {
		User user = this.users.get(id);
		return showEdit(user, UserForm.of(user), model);
	}

	@PostMapping("/{id}")
	String update(@PathVariable long id, @Valid @ModelAttribute("form") UserForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		User current = this.users.get(id);
		if (!result.hasErrors()) {
			try {
				this.users.update(id, form.getVersion(), form.getFullName(), form.getEmail(), form.getPosition(),
						form.getUnitId(), form.getRoles());
				redirect.addFlashAttribute("success", "user.updated");
				redirect.addFlashAttribute("successArg", current.getUsername());
				return "redirect:/admin/users/" + id;
			}
			catch (RuleViolation violation) {
				violation.addTo(result);
			}
			catch (OptimisticLockingFailureException stale) {
				// Keep what the admin typed, show what is stored now, and let a second
				// save overwrite it.
				result.reject("stale.edit");
				model.addAttribute("stored", UserForm.of(current));
				model.addAttribute("storedUnit",
						this.unitNames.namesOf(List.of(current.getUnitId())).get(current.getUnitId()));
				form.setVersion(current.getVersion());
			}
		}
		return showEdit(current, form, model);
	}

	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, @Valid @ModelAttribute("resetForm") PasswordResetForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		User user = this.users.get(id);
		if (result.hasErrors()) {
			return showEdit(user, UserForm.of(user), model);
		}
		try {
			this.users.resetPassword(id, form.getTemporaryPassword());
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return showEdit(user, UserForm.of(user), model);
		}
		redirect.addFlashAttribute("success", "user.passwordReset");
		redirect.addFlashAttribute("successArg", user.getUsername());
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		this.users.unlock(id);
		redirect.addFlashAttribute("success", "user.unlocked");
		return "redirect:/admin/users/" + id;
	}

	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, @RequestParam long version, @AuthenticationPrincipal CurrentUser me,
			RedirectAttributes redirect) {
		return act(() -> this.users.deactivate(id, version, me.getId()), id, "user.deactivated", redirect);
	}

	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, @RequestParam long version, RedirectAttributes redirect) {
		return act(() -> this.users.activate(id, version), id, "user.activated", redirect);
	}

	private String act(Runnable action, long id, String successKey, RedirectAttributes redirect) {
		try {
			action.run();
			redirect.addFlashAttribute("success", successKey);
		}
		catch (RuleViolation violation) {
			redirect.addFlashAttribute("error", violation.getMessageKey());
		}
		catch (OptimisticLockingFailureException stale) {
			redirect.addFlashAttribute("error", "stale.action");
		}
		return "redirect:/admin/users/" + id;
	}

	private String showEdit(User user, UserForm form, Model model) {
		model.addAttribute("user", user);
		model.addAttribute("form", form);
		if (!model.containsAttribute("resetForm")) {
			model.addAttribute("resetForm", new PasswordResetForm());
		}
		model.addAttribute("units", this.units.activeTree());
		model.addAttribute("history", this.audit.history(UserManagement.AUDIT_TYPE, user.getId()));
		model.addAttribute("locked", this.users.isLocked(user.getUsername()));
		return "admin/users/edit";
	}

}
