package org.tandem.identity.web;

import java.time.ZoneId;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.domain.User;
import org.tandem.identity.domain.UserAdministration;
import org.tandem.identity.domain.UserRepository;
import org.tandem.platform.FormErrors;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.NotFoundException;

/**
 * A person's own settings: language, time zone and password.
 */
@Controller
@RequestMapping("/me")
class MeController {

	record PreferencesForm(@Pattern(regexp = "^(en|ru)$") String locale, @NotBlank @Size(max = 60) String timeZone) {
	}

	record PasswordForm(@NotBlank String currentPassword, @NotBlank @Size(max = 200) String newPassword) {
	}

	private final UserRepository users;

	private final UserAdministration administration;

	private final LocaleResolver locales;

	MeController(UserRepository users, UserAdministration administration, LocaleResolver locales) {
		this.users = users;
		this.administration = administration;
		this.locales = locales;
	}

	@GetMapping
	String show(Model model) {
		User user = me();
		if (!model.containsAttribute("preferences")) {
			model.addAttribute("preferences", new PreferencesForm(user.locale(), user.zone().getId()));
		}
		if (!model.containsAttribute("password")) {
			model.addAttribute("password", new PasswordForm("", ""));
		}
		model.addAttribute("user", user);
		return "identity/me";
	}

	@PostMapping
	String savePreferences(@Validated @ModelAttribute("preferences") PreferencesForm form, BindingResult errors,
			Model model, jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.administration.changePreferences(me().id(), form.locale(), zone(form.timeZone()));
				this.locales.setLocale(request, response, Locale.forLanguageTag(form.locale()));
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/me";
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return show(model);
	}

	@PostMapping("/password")
	String changePassword(@Validated @ModelAttribute("password") PasswordForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				this.administration.changeOwnPassword(me().id(), form.currentPassword(), form.newPassword());
				redirect.addFlashAttribute("notice", "notice.passwordChanged");
				return "redirect:/me";
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return show(model);
	}

	private User me() {
		CurrentUser me = CurrentUsers.require();
		return this.users.findById(me.id().value()).orElseThrow(() -> new NotFoundException("User", me.id()));
	}

	private static ZoneId zone(String value) {
		try {
			return ZoneId.of(value.strip());
		}
		catch (RuntimeException ex) {
			throw new InputRejectedException("timeZone", "is not a known time zone, e.g. Europe/Moscow");
		}
	}

}
