package org.tandem.crm.web;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tandem.crm.AccountManagement;
import org.tandem.crm.Channel;
import org.tandem.crm.ContactFilter;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.PageQuery;
import org.tandem.platform.FormErrors;

/**
 * Contact list (searchable, filterable, sortable; htmx swaps the rows) and the contact
 * form. The contact's own page is the lead dossier in the funnel module.
 */
@Controller
@RequestMapping("/contacts")
class ContactController {

	private final ContactManagement contacts;

	private final AccountManagement accounts;

	private final UserDirectory directory;

	ContactController(ContactManagement contacts, AccountManagement accounts, UserDirectory directory) {
		this.contacts = contacts;
		this.accounts = accounts;
		this.directory = directory;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable String stage,
			@RequestParam(required = false) @Nullable UUID owner,
			@RequestParam(required = false) @Nullable Channel channel,
			@RequestParam(defaultValue = "false") boolean deleted, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable String sort,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		CurrentUser me = CurrentUsers.require();
		ContactFilter filter = new ContactFilter(q, blankToNull(stage), owner == null ? null : new UserId(owner),
				channel, null, deleted && me.hasRole(Role.MANAGER, Role.ADMIN));
		var result = this.contacts.list(filter, PageQuery.of(page, 25, sort, "-updated"), me);
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("sort", sort == null ? "-updated" : sort);
		model.addAttribute("owners", this.directory.displayNames(
				result.items().stream().map(ContactSummary::owner).filter(java.util.Objects::nonNull).toList()));
		model.addAttribute("people", this.directory.all());
		model.addAttribute("channels", Channel.values());
		return htmx != null ? "crm/contacts :: rows" : "crm/contacts";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", ContactForm.empty());
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") ContactForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				CurrentUser me = CurrentUsers.require();
				UserId owner = me.seesAllRecords() ? (form.owner() == null ? null : new UserId(form.owner())) : me.id();
				ContactSummary created = this.contacts.create(form.draft(Map.of()), owner, null);
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/contacts/" + created.id();
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		ContactSummary contact = this.contacts.get(new ContactId(id), CurrentUsers.require());
		model.addAttribute("form", ContactForm.of(contact));
		return form(model, contact);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") ContactForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		CurrentUser me = CurrentUsers.require();
		ContactSummary contact = this.contacts.get(new ContactId(id), me);
		if (!errors.hasErrors()) {
			try {
				this.contacts.update(contact.id(), form.draft(contact.attributes()), me);
				UserId owner = form.owner() == null ? null : new UserId(form.owner());
				if (me.seesAllRecords() && !java.util.Objects.equals(owner, contact.owner())) {
					this.contacts.assignOwner(contact.id(), owner);
				}
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/contacts/" + id;
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
			catch (org.springframework.dao.OptimisticLockingFailureException ex) {
				errors.reject("stale", "stale");
			}
		}
		return form(model, contact);
	}

	private String form(Model model, @Nullable ContactSummary contact) {
		model.addAttribute("contact", contact);
		model.addAttribute("accounts", this.accounts.options());
		model.addAttribute("channels", Channel.values());
		model.addAttribute("people",
				this.directory.all()
					.stream()
					.filter(user -> user.role() == Role.SALES || user.role() == Role.MANAGER)
					.toList());
		return "crm/contact-form";
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value;
	}

}
