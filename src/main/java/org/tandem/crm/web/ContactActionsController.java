package org.tandem.crm.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.crm.ActivityDraft;
import org.tandem.crm.ActivityLog;
import org.tandem.crm.ActivityType;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.PrivacyDesk;
import org.tandem.identity.CurrentUsers;

/**
 * What a person does on a contact's page besides editing it: log an activity, record
 * consent, delete, restore or erase.
 */
@Controller
@RequestMapping("/contacts/{id}")
class ContactActionsController {

	record ActivityForm(@NotNull ActivityType type, @NotBlank @Size(max = 200) String subject,
			@Nullable @Size(max = 10000) String body,
			@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime occurredAt) {
	}

	private final ContactManagement contacts;

	private final ActivityLog activities;

	private final PrivacyDesk privacy;

	ContactActionsController(ContactManagement contacts, ActivityLog activities, PrivacyDesk privacy) {
		this.contacts = contacts;
		this.activities = activities;
		this.privacy = privacy;
	}

	@PostMapping("/activities")
	String logActivity(@PathVariable UUID id, @Valid ActivityForm form, BindingResult errors,
			RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			redirect.addFlashAttribute("error", "error.activity");
		}
		else {
			Instant at = form.occurredAt() == null ? null
					: form.occurredAt()
						.atZone(org.springframework.context.i18n.LocaleContextHolder.getTimeZone().toZoneId())
						.toInstant();
			this.activities.record(
					new ActivityDraft(form.type(), at, new ContactId(id), null, null, form.subject(), form.body()),
					CurrentUsers.require());
			redirect.addFlashAttribute("notice", "notice.activityLogged");
		}
		return "redirect:/contacts/" + id;
	}

	@PostMapping("/consent")
	String consent(@PathVariable UUID id, @RequestParam(defaultValue = "false") boolean email,
			@RequestParam(defaultValue = "false") boolean doNotContact,
			@RequestParam(required = false) @Nullable String source, RedirectAttributes redirect) {
		this.contacts.recordConsent(new ContactId(id), email,
				source == null || source.isBlank() ? "manual" : source.strip(), doNotContact, CurrentUsers.require());
		redirect.addFlashAttribute("notice", "notice.saved");
		return "redirect:/contacts/" + id;
	}

	@PostMapping("/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		this.privacy.softDelete(new ContactId(id), CurrentUsers.require());
		redirect.addFlashAttribute("notice", "notice.deleted");
		return "redirect:/contacts/" + id;
	}

	@PostMapping("/restore")
	String restore(@PathVariable UUID id, RedirectAttributes redirect) {
		this.privacy.restore(new ContactId(id), CurrentUsers.require());
		redirect.addFlashAttribute("notice", "notice.restored");
		return "redirect:/contacts/" + id;
	}

	@PostMapping("/erase")
	String erase(@PathVariable UUID id, RedirectAttributes redirect) {
		this.privacy.erase(new ContactId(id), CurrentUsers.require());
		redirect.addFlashAttribute("notice", "notice.erased");
		return "redirect:/contacts";
	}

}
