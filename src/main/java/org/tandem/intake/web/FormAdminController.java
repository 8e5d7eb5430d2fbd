package org.tandem.intake.web;

import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.tandem.crm.Channel;
import org.tandem.intake.FormField;
import org.tandem.intake.WebForm;
import org.tandem.intake.domain.WebForms;
import org.tandem.platform.NotFoundException;

/**
 * Marketing's web forms: define what a form asks and promises, then embed it or link to
 * it.
 */
@Controller
@RequestMapping("/forms")
class FormAdminController {

	record FormForm(@NotBlank @Size(max = 150) String name,
			@NotBlank @Size(max = 80) @Pattern(regexp = "^[a-z0-9][a-z0-9-]*$",
					message = "{validation.slug}") String slug,
			@NotNull Channel source, @Nullable @Size(max = 150) String campaign, @Nullable Set<FormField> fields,
			@Nullable @Size(max = 1000) String consentText, @Nullable @Size(max = 1000) String thankYouText,
			@Nullable @Size(max = 2000) @Pattern(regexp = "^$|^https?://\\S+$",
					message = "{validation.httpUrl}") String redirectUrl,
			boolean active) {

		static FormForm of(WebForm form) {
			return new FormForm(form.name(), form.slug(), form.source(), form.campaign(), form.fields(),
					form.consentText(), form.thankYouText(), form.redirectUrl(), form.active());
		}

		WebForm toForm(UUID id) {
			return new WebForm(id, this.name.strip(), this.slug.strip().toLowerCase(Locale.ROOT), this.source,
					blank(this.campaign),
					this.fields == null ? EnumSet.noneOf(FormField.class) : EnumSet.copyOf(this.fields),
					blank(this.consentText), blank(this.thankYouText), blank(this.redirectUrl), this.active);
		}

		private static @Nullable String blank(@Nullable String value) {
			return value == null || value.isBlank() ? null : value.strip();
		}

	}

	private final WebForms forms;

	private final Clock clock;

	FormAdminController(WebForms forms, Clock clock) {
		this.forms = forms;
		this.clock = clock;
	}

	@GetMapping
	String list(Model model) {
		model.addAttribute("forms", this.forms.all());
		model.addAttribute("base", ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString());
		return "intake/forms";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new FormForm("", "", Channel.WEB_FORM, null,
				EnumSet.of(FormField.COMPANY, FormField.TITLE), null, null, null, true));
		return edit(model, null);
	}

	@GetMapping("/{id}")
	String editForm(@PathVariable UUID id, Model model) {
		WebForm form = this.forms.find(id).orElseThrow(() -> new NotFoundException("Form", id));
		model.addAttribute("form", FormForm.of(form));
		return edit(model, form);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") FormForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		return save(UUID.randomUUID(), form, errors, model, redirect, null);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") FormForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		WebForm existing = this.forms.find(id).orElseThrow(() -> new NotFoundException("Form", id));
		return save(id, form, errors, model, redirect, existing);
	}

	private String save(UUID id, FormForm form, BindingResult errors, Model model, RedirectAttributes redirect,
			@Nullable WebForm existing) {
		if (!errors.hasErrors() && this.forms.slugTaken(form.slug().strip().toLowerCase(Locale.ROOT), id)) {
			errors.rejectValue("slug", "taken", "another form uses this address");
		}
		if (errors.hasErrors()) {
			return edit(model, existing);
		}
		this.forms.save(form.toForm(id), this.clock.instant());
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/forms";
	}

	private String edit(Model model, @Nullable WebForm form) {
		model.addAttribute("webForm", form);
		model.addAttribute("channels", Channel.values());
		model.addAttribute("fieldOptions", FormField.values());
		return "intake/form-edit";
	}

}
