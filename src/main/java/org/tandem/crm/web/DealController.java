package org.tandem.crm.web;

import java.math.BigDecimal;
import java.util.List;
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
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.DealFilter;
import org.tandem.crm.DealId;
import org.tandem.crm.DealManagement;
import org.tandem.crm.DealSummary;
import org.tandem.crm.PipelineCatalogue;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.platform.InputRejectedException;
import org.tandem.platform.PageQuery;
import org.tandem.platform.FormErrors;

/**
 * Deals: list by pipeline and stage, page with contacts, timeline and history, and the
 * form.
 */
@Controller
@RequestMapping("/deals")
class DealController {

	private final DealManagement deals;

	private final PipelineCatalogue pipelines;

	private final AccountManagement accounts;

	private final ContactManagement contacts;

	private final UserDirectory directory;

	DealController(DealManagement deals, PipelineCatalogue pipelines, AccountManagement accounts,
			ContactManagement contacts, UserDirectory directory) {
		this.deals = deals;
		this.pipelines = pipelines;
		this.accounts = accounts;
		this.contacts = contacts;
		this.directory = directory;
	}

	@GetMapping
	String list(@RequestParam(required = false) @Nullable String q,
			@RequestParam(required = false) @Nullable UUID pipeline,
			@RequestParam(required = false) @Nullable String outcome, @RequestParam(defaultValue = "0") int page,
			@RequestParam(required = false) @Nullable String sort,
			@RequestHeader(value = "HX-Request", required = false) @Nullable String htmx, Model model) {
		DealFilter filter = new DealFilter(q, pipeline, null, null, null, null,
				outcome == null || outcome.isBlank() ? null : outcome);
		var result = this.deals.list(filter, PageQuery.of(page, 25, sort, "-created"), CurrentUsers.require());
		model.addAttribute("page", result);
		model.addAttribute("filter", filter);
		model.addAttribute("sort", sort == null ? "-created" : sort);
		model.addAttribute("pipelines", this.pipelines.all());
		model.addAttribute("owners", this.directory
			.displayNames(result.items().stream().map(DealSummary::owner).filter(java.util.Objects::nonNull).toList()));
		return htmx != null ? "crm/deals :: rows" : "crm/deals";
	}

	@GetMapping("/new")
	String createForm(@RequestParam(required = false) @Nullable UUID contact, Model model) {
		UUID firstPipeline = this.pipelines.all().isEmpty() ? null : this.pipelines.all().get(0).id();
		model.addAttribute("form", new DealForm("", null, firstPipeline, null, BigDecimal.ZERO, "EUR", null,
				CurrentUsers.require().id().value(), contact == null ? List.of() : List.of(contact), null));
		return form(model, null);
	}

	@PostMapping
	String create(@Valid @ModelAttribute("form") DealForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		if (!errors.hasErrors()) {
			try {
				DealSummary created = this.deals.create(form.draft(), CurrentUsers.require());
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/deals/" + created.id();
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
		}
		return form(model, null);
	}

	@GetMapping("/{id}/edit")
	String editForm(@PathVariable UUID id, Model model) {
		DealSummary deal = this.deals.get(new DealId(id), CurrentUsers.require());
		model.addAttribute("form", DealForm.of(deal));
		return form(model, deal);
	}

	@PostMapping("/{id}")
	String update(@PathVariable UUID id, @Valid @ModelAttribute("form") DealForm form, BindingResult errors,
			Model model, RedirectAttributes redirect) {
		DealSummary deal = this.deals.get(new DealId(id), CurrentUsers.require());
		if (!errors.hasErrors()) {
			try {
				this.deals.update(deal.id(), form.draft(), CurrentUsers.require());
				redirect.addFlashAttribute("notice", "notice.saved");
				return "redirect:/deals/" + id;
			}
			catch (InputRejectedException ex) {
				FormErrors.reject(errors, ex);
			}
			catch (org.springframework.dao.OptimisticLockingFailureException ex) {
				errors.reject("stale", "stale");
			}
		}
		return form(model, deal);
	}

	@PostMapping("/{id}/delete")
	String delete(@PathVariable UUID id, RedirectAttributes redirect) {
		this.deals.softDelete(new DealId(id), CurrentUsers.require());
		redirect.addFlashAttribute("notice", "notice.deleted");
		return "redirect:/deals";
	}

	private String form(Model model, @Nullable DealSummary deal) {
		CurrentUser me = CurrentUsers.require();
		model.addAttribute("deal", deal);
		model.addAttribute("pipelines", this.pipelines.all());
		model.addAttribute("accounts", this.accounts.options());
		model.addAttribute("people",
				this.directory.all()
					.stream()
					.filter(user -> user.role() == Role.SALES || user.role() == Role.MANAGER)
					.toList());
		DealForm form = (DealForm) model.getAttribute("form");
		model.addAttribute("selectedContacts",
				form == null || form.contacts() == null ? List.of()
						: form.contacts()
							.stream()
							.map(contact -> this.contacts.find(new ContactId(contact), me).orElse(null))
							.filter(java.util.Objects::nonNull)
							.toList());
		return "crm/deal-form";
	}

}
