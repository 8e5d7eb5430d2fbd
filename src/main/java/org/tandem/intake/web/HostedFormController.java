package org.tandem.intake.web;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tandem.intake.FormField;
import org.tandem.intake.GroupCommit;
import org.tandem.intake.LeadSubmission;
import org.tandem.intake.WebForm;
import org.tandem.intake.domain.WebForms;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * The public, hosted web form: shown to anyone, embeddable in an iframe, protected by a
 * honeypot field and a per-address limit. A submission goes through the same intake as
 * the API.
 */
@Controller
class HostedFormController {

	/** A field real people never see and bots fill in. */
	static final String HONEYPOT = "website";

	private final WebForms forms;

	private final GroupCommit intake;

	private final SubmissionThrottle throttle;

	private final Validator validator;

	HostedFormController(WebForms forms, GroupCommit intake, @Qualifier("formThrottle") SubmissionThrottle throttle,
			Validator validator) {
		this.forms = forms;
		this.intake = intake;
		this.throttle = throttle;
		this.validator = validator;
	}

	@GetMapping("/f/{slug}")
	String show(@PathVariable String slug, @RequestParam(required = false) @Nullable String vid, Model model) {
		model.addAttribute("form", form(slug));
		model.addAttribute("values", vid == null || vid.length() > 100 ? Map.of() : Map.of("vid", vid));
		model.addAttribute("errors", Map.of());
		return "intake/hosted-form";
	}

	@PostMapping("/f/{slug}")
	String submit(@PathVariable String slug, @RequestParam Map<String, String> values,
			@CookieValue(value = "tandem_vid", required = false) @Nullable String visitor, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		WebForm form = form(slug);
		model.addAttribute("form", form);
		Duration wait = this.throttle.admit(request.getRemoteAddr());
		if (!wait.isZero()) {
			response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.toSeconds()));
			return "intake/form-busy";
		}
		if (!blank(values.get(HONEYPOT))) {
			return "intake/form-thanks";
		}
		LeadSubmission lead = lead(form, values, visitor != null ? visitor : values.get("vid"));
		Map<String, String> errors = new HashMap<>();
		for (ConstraintViolation<LeadSubmission> violation : this.validator.validate(lead)) {
			errors.put(violation.getPropertyPath().toString(), violation.getMessage());
		}
		if (errors.isEmpty()) {
			try {
				this.intake.submit(lead);
				return form.redirectUrl() != null ? "redirect:" + form.redirectUrl() : "intake/form-thanks";
			}
			catch (InputRejectedException ex) {
				errors.put(ex.field(), ex.message());
			}
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		model.addAttribute("values", values);
		model.addAttribute("errors", errors);
		return "intake/hosted-form";
	}

	private WebForm form(String slug) {
		return this.forms.bySlug(slug).filter(WebForm::active).orElseThrow(() -> new NotFoundException("Form", slug));
	}

	private static LeadSubmission lead(WebForm form, Map<String, String> values, @Nullable String visitor) {
		return new LeadSubmission(text(values, "email", true), text(values, "firstName", true),
				text(values, "lastName", true), asked(form, FormField.PHONE, values, "phone"),
				asked(form, FormField.TITLE, values, "title"), asked(form, FormField.COMPANY, values, "company"), null,
				form.source(), form.campaign(), form.name(), null, null, "true".equals(values.get("consent")),
				asked(form, FormField.MESSAGE, values, "message"),
				visitor == null || visitor.length() > 100 ? null : visitor, null);
	}

	private static @Nullable String asked(WebForm form, FormField field, Map<String, String> values, String name) {
		return form.asks(field) ? text(values, name, false) : null;
	}

	private static @Nullable String text(Map<String, String> values, String name, boolean required) {
		String value = values.get(name);
		return value == null ? (required ? "" : null) : value.strip();
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
