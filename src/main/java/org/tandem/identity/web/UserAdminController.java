package org.tandem.identity.web;

import java.util.UUID;

import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.Role;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.identity.domain.UserAdministration;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.FormErrors;

/**
 * Admin pages for people: list, create, edit (role, team, language, enabled), reset
 * password.
 */
@Controller
@RequestMapping("/admin/users")
class UserAdminController {

	private final UserDirectory directory;

	private final UserAdministration administration;

	UserAdminController(UserDirectory directory, UserAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("users", this.directory.all());
		return "identity/users";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", UserForm.empty());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") UserForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.administration.createUser(form.username(), form.displayName(), form.email(),
						form.password() == null ? "" : form.password(), form.role(), team(form), form.locale());
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/admin/users";
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable UUID id, Model model) {
		UserSummary user = user(id);
		model.addAttribute("form", new UserForm(user.username(), user.displayName(), user.email(), "", user.role(),
				user.team() == null ? null : user.team().value(), user.locale(), user.enabled()));
		return form(model, user);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") UserForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UserSummary user = user(id);
		if (!errors.hasErrors()) {
			try {
				this.administration.updateUser(user.id(), form.displayName(), form.email(), form.role(), team(form),
						form.locale(), form.enabled());
				if (form.password() != null && !form.password().isBlank()) {
					this.administration.changePassword(user.id(), form.password());
				}
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/admin/users";
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return form(model, user);
	}

	private String form(Model model, UserSummary user) {
		model.addAttribute("user", user);
		model.addAttribute("roles", Role.values());
		model.addAttribute("teams", this.directory.teams());
		return "identity/user-form";
	}

	private UserSummary user(UUID id) {
		return this.directory.find(new UserId(id)).orElseThrow(() -> new NotFoundException("User", id));
	}

	private static TeamId team(UserForm form) {
		return form.team() == null ? null : new TeamId(form.team());
	}

}
