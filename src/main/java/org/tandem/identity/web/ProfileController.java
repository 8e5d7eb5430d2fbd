package org.tandem.identity.web;

import java.time.DayOfWeek;
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
import org.tandem.identity.DealSizeBand;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.identity.domain.UserAdministration;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;
import org.tandem.platform.FormErrors;

/**
 * Rep profiles, set by the sales head or an admin: specialisations, capacity, working
 * hours and out-of-office.
 */
@Controller
@RequestMapping("/admin/profiles")
class ProfileController {

	private final UserDirectory directory;

	private final UserAdministration administration;

	ProfileController(UserDirectory directory, UserAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("reps", this.directory.withRole(Role.SALES));
		model.addAttribute("profiles",
				this.directory.withRole(Role.SALES)
					.stream()
					.map(rep -> this.directory.profile(rep.id()).orElse(null))
					.toList());
		return "identity/profiles";
	}

	@GetMapping("/{id}")
	String edit(@PathVariable UUID id, Model model) {
		UserSummary rep = rep(id);
		model.addAttribute("form", ProfileForm
			.of(this.directory.profile(rep.id()).orElseThrow(() -> new NotFoundException("Profile", id))));
		return form(model, rep);
	}

	@PostMapping("/{id}")
	String save(@PathVariable UUID id, @Valid @ModelAttribute("form") ProfileForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		UserSummary rep = rep(id);
		if (!errors.hasErrors()) {
			try {
				this.administration.saveProfile(form.toProfile(rep.id()));
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/admin/profiles";
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return form(model, rep);
	}

	private String form(Model model, UserSummary rep) {
		model.addAttribute("rep", rep);
		model.addAttribute("bands", DealSizeBand.values());
		model.addAttribute("days", DayOfWeek.values());
		return "identity/profile-form";
	}

	private UserSummary rep(UUID id) {
		return this.directory.find(new UserId(id))
			.filter(user -> user.role() == Role.SALES)
			.orElseThrow(() -> new NotFoundException("Rep", id));
	}

}
