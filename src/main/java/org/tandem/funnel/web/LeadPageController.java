package org.tandem.funnel.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.DealFilter;
import org.tandem.crm.DealManagement;
import org.tandem.funnel.DossierSection;
import org.tandem.funnel.FunnelManagement;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.Transition;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.UserDirectory;
import org.tandem.platform.PageQuery;

/**
 * The lead dossier: who the person is, where they stand in the funnel, what can happen
 * next, and one timeline of activities, stage moves and changes.
 */
@Controller
@RequestMapping("/contacts/{id}")
class LeadPageController {

	private final ContactManagement contacts;

	private final FunnelManagement funnel;

	private final LeadTimeline timeline;

	private final DealManagement deals;

	private final UserDirectory people;

	private final List<DossierSection> sections;

	LeadPageController(ContactManagement contacts, FunnelManagement funnel, LeadTimeline timeline, DealManagement deals,
			UserDirectory people, List<DossierSection> sections) {
		this.contacts = contacts;
		this.funnel = funnel;
		this.timeline = timeline;
		this.deals = deals;
		this.people = people;
		this.sections = sections.stream().sorted(Comparator.comparingInt(DossierSection::order)).toList();
	}

	@GetMapping
	String show(@PathVariable UUID id, Locale locale, Model model) {
		CurrentUser me = CurrentUsers.require();
		ContactSummary contact = this.contacts.get(new ContactId(id), me);
		LifecycleStage stage = LifecycleStage.valueOf(contact.lifecycleStage());
		List<Transition> transitions = this.funnel.history(contact.id(), me, locale);
		model.addAttribute("contact", contact);
		model.addAttribute("stage", stage);
		model.addAttribute("next", stage.next().stream().filter(target -> target.mayBeEnteredBy(me.role())).toList());
		model.addAttribute("transitions", transitions);
		model.addAttribute("owner", contact.owner() == null ? null
				: this.people.find(contact.owner()).map(user -> user.displayName()).orElse(null));
		model.addAttribute("deals",
				this.deals
					.list(new DealFilter(null, null, null, null, null, contact.id(), null),
							PageQuery.of(0, 50, null, "-created"), me)
					.items());
		model.addAttribute("sections", this.sections);
		model.addAttribute("timeline", this.timeline.of(contact, transitions, me));
		return "funnel/lead";
	}

}
