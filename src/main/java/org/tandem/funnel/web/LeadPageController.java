package org.tandem.funnel.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.tandem.crm.AccountManagement;
import org.tandem.crm.ActivityLog;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.DealFilter;
import org.tandem.crm.DealManagement;
import org.tandem.funnel.FunnelManagement;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.ReasonCatalogue;
import org.tandem.funnel.ReasonKind;
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

	private final ReasonCatalogue reasons;

	private final CrmViews crm;

	/** The shared record's read side as the dossier needs it. */
	record CrmViews(ActivityLog activities, DealManagement deals, AccountManagement accounts, UserDirectory people) {
	}

	LeadPageController(ContactManagement contacts, FunnelManagement funnel, ReasonCatalogue reasons,
			ActivityLog activities, DealManagement deals, AccountManagement accounts, UserDirectory people) {
		this.contacts = contacts;
		this.funnel = funnel;
		this.reasons = reasons;
		this.crm = new CrmViews(activities, deals, accounts, people);
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
				: this.crm.people().find(contact.owner()).map(user -> user.displayName()).orElse(null));
		model.addAttribute("rejectionReasons", this.reasons.active(ReasonKind.REJECTION));
		model.addAttribute("disqualificationReasons", this.reasons.active(ReasonKind.DISQUALIFICATION));
		model.addAttribute("lossReasons", this.reasons.active(ReasonKind.LOSS));
		model.addAttribute("deals",
				this.crm.deals()
					.list(new DealFilter(null, null, null, null, null, contact.id(), null),
							PageQuery.of(0, 50, null, "-created"), me)
					.items());
		model.addAttribute("timeline", timeline(contact, transitions, me));
		return "funnel/lead";
	}

	private List<TimelineItem> timeline(ContactSummary contact, List<Transition> transitions, CurrentUser me) {
		List<TimelineItem> items = new ArrayList<>();
		this.crm.activities()
			.forContact(contact.id(), me)
			.forEach(activity -> items.add(new TimelineItem(activity.occurredAt(), "activity",
					"activity." + activity.type(), activity.subject(), activity.body(), activity.actor())));
		transitions.forEach(transition -> items.add(new TimelineItem(transition.at(), "stage",
				"stage." + transition.to(), transition.from() == null ? null : "stage." + transition.from(),
				joinNonNull(transition.reasonLabel(), transition.note()), transition.actorName())));
		this.contacts.history(contact.id(), me)
			.stream()
			.filter(entry -> !"lifecycleStage".equals(entry.field()))
			.forEach(entry -> items.add(new TimelineItem(
					entry.at(), "audit", "audit." + entry.action(), entry.field(), entry.field() == null
							? entry.newValue() : String.valueOf(entry.oldValue()) + " → " + entry.newValue(),
					entry.actor())));
		items.sort(Comparator.comparing(TimelineItem::at).reversed());
		return items;
	}

	private static @Nullable String joinNonNull(@Nullable String first, @Nullable String second) {
		if (first == null) {
			return second;
		}
		return second == null ? first : first + " — " + second;
	}

	/**
	 * One entry of the dossier's timeline; {@code label} is a message key, {@code title}
	 * is free text (or, for stage moves, the message key of the previous stage).
	 */
	record TimelineItem(java.time.Instant at, String kind, String label, @Nullable String title,
			@Nullable String detail, String actor) {
	}

}
