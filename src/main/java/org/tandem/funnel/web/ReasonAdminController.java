package org.tandem.funnel.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.funnel.ReasonCatalogue;
import org.tandem.funnel.ReasonKind;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.FormErrors;

/**
 * The reason lists, kept by the department heads: add a reason, retire or reinstate one.
 */
@Controller
@RequestMapping("/admin/reasons")
class ReasonAdminController {

	record ReasonForm(@NotNull ReasonKind kind, @NotBlank @Size(max = 60) String code,
			@NotBlank @Size(max = 150) String labelEn, @NotBlank @Size(max = 150) String labelRu) {
	}

	private final ReasonCatalogue reasons;

	ReasonAdminController(ReasonCatalogue reasons) {
		this.reasons = reasons;
	}

	@GetMapping
	String list(Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new ReasonForm(ReasonKind.REJECTION, "", "", ""));
		}
		model.addAttribute("reasons", this.reasons.all());
		model.addAttribute("kinds", ReasonKind.values());
		return "funnel/reasons";
	}

	@PostMapping
	String add(@Validated @ModelAttribute("form") ReasonForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.reasons.add(form.kind(), form.code(), form.labelEn(), form.labelRu());
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/admin/reasons";
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return list(model);
	}

	@PostMapping("/{id}/active")
	String setActive(@PathVariable UUID id, @RequestParam boolean active, RedirectAttributes redirect) {
		this.reasons.setActive(id, active);
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/admin/reasons";
	}

}
