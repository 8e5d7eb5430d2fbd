package org.tandem.identity.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.TeamId;
import org.tandem.identity.TeamKind;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.domain.UserAdministration;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.FormErrors;

/**
 * Admin page for teams: list with members, create, rename.
 */
@Controller
@RequestMapping("/admin/teams")
class TeamAdminController {

	record TeamForm(@NotBlank @Size(max = 120) String name, @NotNull TeamKind kind) {
	}

	private final UserDirectory directory;

	private final UserAdministration administration;

	TeamAdminController(UserDirectory directory, UserAdministration administration) {
		this.directory = directory;
		this.administration = administration;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TeamForm("", TeamKind.MARKETING));
		}
		model.addAttribute("teams", this.directory.teams());
		model.addAttribute("users", this.directory.all());
		model.addAttribute("kinds", TeamKind.values());
		return "identity/teams";
	}

	@PostMapping
	String create(@Validated @ModelAttribute("form") TeamForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.administration.createTeam(form.name(), form.kind());
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/admin/teams";
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return list(model);
	}

	@PostMapping("/{id}")
	String rename(@PathVariable UUID id, @Validated TeamForm form, BindingResult errors, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", "error.invalid");
		}
		else {
			this.administration.updateTeam(new TeamId(id), form.name(), form.kind());
			redirect.addFlashAttribute("notice", "notice.saved");
		}
		return "redirect:/admin/teams";
	}

}
