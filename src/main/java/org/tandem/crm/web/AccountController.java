package org.tandem.crm.web;

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
import org.tandem.crm.AccountDraft;
import org.tandem.crm.AccountId;
import org.tandem.crm.AccountManagement;
import org.tandem.crm.AccountSummary;
import org.tandem.crm.ActivityLog;
import org.tandem.crm.ContactFilter;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.DealFilter;
import org.tandem.crm.DealManagement;
import org.tandem.crm.ReadableHistory;
import org.tandem.crm.SizeBand;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.Role;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.PageQuery;
import org.tandem.platform.FormErrors;

/**
 * Accounts: list, page (contacts, deals, timeline, history), form, delete and restore.
 */
@Controller
@RequestMapping("/accounts")
class AccountController {

	private final AccountManagement accounts;

	private final ContactManagement contacts;

	private final DealManagement deals;

	private final ActivityLog activities;

	private final ReadableHistory history;

	AccountController(AccountManagement accounts, ContactManagement contacts, DealManagement deals,
			ActivityLog activities, ReadableHistory history) {
		this.accounts = accounts;
		this.contacts = contacts;
		this.deals = deals;
		this.activities = activities;
		this.history = history;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(defaultValue = "false") boolean deleted, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable String sort,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		boolean showDeleted = deleted && CurrentUsers.require().hasRole(Role.MANAGER, Role.ADMIN);
		model.addAttribute("page", this.accounts.list(q, showDeleted, PageQuery.of(page, 25, sort, "name")));
		model.addAttribute("q", q);
		model.addAttribute("deleted", showDeleted);
		model.addAttribute("sort", sort == null ? "name" : sort);
		return htmx != null ? "crm/accounts :: rows" : "crm/accounts";
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		CurrentUser me = CurrentUsers.require();
		AccountId account = new AccountId(id);
		model.addAttribute("account", this.accounts.get(account));
		model.addAttribute("contacts",
				this.contacts
					.list(new ContactFilter(null, null, null, null, account, false), PageQuery.of(0, 100, null, "name"),
							me)
					.items());
		model.addAttribute("deals",
				this.deals
					.list(new DealFilter(null, null, null, null, account, null, null),
							PageQuery.of(0, 100, null, "-created"), me)
					.items());
		model.addAttribute("activities", this.activities.forAccount(account, me));
		model.addAttribute("history", this.history.of(this.accounts.history(account)));
		return "crm/account";
	}

	@GetMapping("/new")
	String createForm(Model model) {
		model.addAttribute("form", new AccountDraft("", null, null, null, null, null));
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") AccountDraft form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				AccountSummary created = this.accounts.create(form, CurrentUsers.require().id());
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/accounts/" + created.id();
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		AccountSummary account = this.accounts.get(new AccountId(id));
		model.addAttribute("form", new AccountDraft(account.name(), account.domain(), account.industry(),
				account.sizeBand(), account.region(), account.version()));
		return form(model, account);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") AccountDraft form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		AccountSummary account = this.accounts.get(new AccountId(id));
		if (!errors.hasErrors()) {
			try {
				this.accounts.update(account.id(), form);
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/accounts/" + id;
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
			catch (org.springframework.dao.OptimisticLockingFailureException ex) {
				errors.reject("stale", "stale");
			}
		}
		return form(model, account);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		this.accounts.softDelete(new AccountId(id));
		redirect.addFlashAttribute("notice", "notice.deleted");
		return "redirect:/accounts/" + id;
	}

	@PostMapping("/{id}/restore")
	String restore(@PathVariable UUID id, RedirectAttributes redirect) {
		this.accounts.restore(new AccountId(id));
		redirect.addFlashAttribute("notice", "notice.restored");
		return "redirect:/accounts/" + id;
	}

	private String form(Model model, @Nullable AccountSummary account) {
		model.addAttribute("account", account);
		model.addAttribute("sizeBands", SizeBand.values());
		return "crm/account-form";
	}

}
