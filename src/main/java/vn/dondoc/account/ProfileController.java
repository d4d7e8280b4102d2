package vn.dondoc.account;

import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.dondoc.common.RuleViolation;
import vn.dondoc.organisation.UnitDirectory;

/**
 * Everyone's own profile and password.
 */
@Controller
class ProfileController {

	private final UserManagement users;

	private final UnitDirectory units;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	ProfileController(UserManagement users, UnitDirectory units) {
		this.users = users;
		this.units = units;
	}

	@GetMapping("/profile")
	String profile(@AuthenticationPrincipal CurrentUser me, Model model) {
		User user = this.users.get(me.getId());
		model.addAttribute("user", user);
		model.addAttribute("unitName", this.units.namesOf(List.of(user.getUnitId())).get(user.getUnitId()));
		return "account/profile";
	}

	@GetMapping(PasswordChangeRequiredFilter.CHANGE_PAGE)
	String passwordForm(Model model) {
		model.addAttribute("form", new PasswordChangeForm());
		return "account/password";
	}

	@PostMapping(PasswordChangeRequiredFilter.CHANGE_PAGE)
	String changePassword(@AuthenticationPrincipal CurrentUser me,
			@Valid @ModelAttribute("form") PasswordChangeForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "account/password";
		}
		int epoch;
		try {
			epoch = this.users.changeOwnPassword(me.getId(), form.getCurrentPassword(), form.getNewPassword(),
					request.getSession().getId(), request.getRemoteAddr());
		}
		catch (RuleViolation violation) {
			violation.addTo(result);
			return "account/password";
		}
		// This session goes on (the person's others end): with the account's new epoch,
		// and, if the password was temporary, with its roles, without a new login.
		refreshAuthentication(me.withPasswordChanged(epoch), request, response);
		redirect.addFlashAttribute("success", "password.changed");
		return "redirect:/";
	}

	private void refreshAuthentication(CurrentUser user, HttpServletRequest request, HttpServletResponse response) {
		Authentication previous = this.holder.getContext().getAuthentication();
		List<GrantedAuthority> authorities = new ArrayList<>(user.getAuthorities());
		// Keeps what the login added beside the roles (such as the password factor).
		previous.getAuthorities()
			.stream()
			.filter((authority) -> !CurrentUser.PASSWORD_CHANGE_REQUIRED.equals(authority.getAuthority()))
			.filter((authority) -> authorities.stream()
				.noneMatch((kept) -> kept.getAuthority().equals(authority.getAuthority())))
			.forEach(authorities::add);
		UsernamePasswordAuthenticationToken updated = UsernamePasswordAuthenticationToken.authenticated(user, null,
				authorities);
		updated.setDetails(previous.getDetails());
		SecurityContext context = this.holder.createEmptyContext();
		context.setAuthentication(updated);
		this.holder.setContext(context);
		this.contexts.saveContext(context, request, response);
	}

}
