package org.tandem.crm.web;

import java.util.Objects;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tandem.crm.ActivityLog;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.DealId;
import org.tandem.crm.DealManagement;
import org.tandem.crm.DealSummary;
import org.tandem.crm.ReadableHistory;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.UserDirectory;

/**
 * A deal's page: its values, the contacts involved, its timeline and its change history.
 */
@Controller
@RequestMapping("/deals")
class DealPageController {

	private final DealManagement deals;

	private final ContactManagement contacts;

	private final ActivityLog activities;

	private final UserDirectory directory;

	private final ReadableHistory history;

	DealPageController(DealManagement deals, ContactManagement contacts, ActivityLog activities,
			UserDirectory directory, ReadableHistory history) {
		this.deals = deals;
		this.contacts = contacts;
		this.activities = activities;
		this.directory = directory;
		this.history = history;
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model) {
		CurrentUser me = CurrentUsers.require();
		DealSummary deal = this.deals.get(new DealId(id), me);
		model.addAttribute("deal", deal);
		model.addAttribute("contacts",
				deal.contacts()
					.stream()
					.map(contact -> this.contacts.find(contact, me).orElse(null))
					.filter(Objects::nonNull)
					.toList());
		model.addAttribute("owner", deal.owner() == null ? null
				: this.directory.find(deal.owner()).map(user -> user.displayName()).orElse(null));
		model.addAttribute("activities", this.activities.forDeal(deal.id(), me));
		model.addAttribute("history", this.history.of(this.deals.history(deal.id(), me)));
		return "crm/deal";
	}

}
