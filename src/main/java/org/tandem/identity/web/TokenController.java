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
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.domain.ApiTokens;

/**
 * API tokens: created here, shown once, stored hashed, revocable.
 */
@Controller
@RequestMapping("/admin/tokens")
class TokenController {

	record TokenForm(@NotBlank @Size(max = 120) String name, @NotNull Role role) {
	}

	private final ApiTokens tokens;

	private final UserDirectory directory;

	TokenController(ApiTokens tokens, UserDirectory directory) {
		this.tokens = tokens;
		this.directory = directory;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new TokenForm("", Role.MARKETING));
		}
		model.addAttribute("tokens", this.tokens.all());
		model.addAttribute("roles", Role.values());
		model.addAttribute("owners", this.directory
			.displayNames(this.tokens.all().stream().map(token -> token.owner()).distinct().toList()));
		return "identity/tokens";
	}

	@PostMapping
	String create(@Validated @ModelAttribute("form") TokenForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			return list(model);
		}
		String secret = this.tokens.issue(form.name(), form.role(), CurrentUsers.require().id());
		redirect.addFlashAttribute("secret", secret);
		return "redirect:/admin/tokens";
	}

	@PostMapping("/{id}/revoke")
	String revoke(@PathVariable UUID id, RedirectAttributes redirect) {
		this.tokens.revoke(id);
		redirect.addFlashAttribute("notice", "notice.revoked");
		return "redirect:/admin/tokens";
	}

}
