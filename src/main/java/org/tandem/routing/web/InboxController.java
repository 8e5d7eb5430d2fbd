package org.tandem.routing.web;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.tandem.crm.ContactFilter;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;
import org.tandem.identity.Role;
import org.tandem.platform.PageQuery;
import org.tandem.routing.SlaDesk;
import org.tandem.routing.SlaTimer;
import org.tandem.routing.domain.Notices;
import org.tandem.routing.domain.RoutingStore;

/**
 * A rep's inbox: the leads handed to them, the most urgent deadline first, with their
 * notices; for the heads, also the leads no rule could place.
 */
@Controller
class InboxController {

	private final ContactManagement contacts;

	private final SlaDesk sla;

	private final Notices notices;

	private final RoutingStore store;

	private final Clock clock;

	InboxController(ContactManagement contacts, SlaDesk sla, Notices notices, RoutingStore store, Clock clock) {
		this.contacts = contacts;
		this.sla = sla;
		this.notices = notices;
		this.store = store;
		this.clock = clock;
	}

	/** A lead in the inbox with its running deadline, if any. */
	record Item(ContactSummary lead, @Nullable SlaTimer deadline) {

		@Nullable Instant due() {
			return this.deadline == null ? null : this.deadline.dueAt();
		}

	}

	@GetMapping("/inbox")
	String inbox(Model model) {
		CurrentUser me = CurrentUsers.require();
		List<Item> items = new ArrayList<>();
		for (String stage : List.of("MQL", "SQL")) {
			this.contacts
				.list(new ContactFilter(null, stage, me.id(), null, null, false),
						PageQuery.of(0, PageQuery.MAX_SIZE, null, "-updated"), me)
				.items()
				.forEach(lead -> items.add(new Item(lead, this.sla.open(lead.id()).stream().findFirst().orElse(null))));
		}
		items.sort(Comparator.comparing(Item::due, Comparator.nullsLast(Comparator.naturalOrder())));
		model.addAttribute("items", items);
		model.addAttribute("now", this.clock.instant());
		model.addAttribute("notices", this.notices.recent(me.id(), 30));
		if (me.hasRole(Role.MANAGER, Role.ADMIN)) {
			model.addAttribute("queue",
					this.store.queue()
						.stream()
						.map(contact -> this.contacts.find(contact, me).orElse(null))
						.filter(Objects::nonNull)
						.toList());
		}
		return "routing/inbox";
	}

	@PostMapping("/inbox/read")
	String markRead() {
		this.notices.markAllRead(CurrentUsers.require().id(), this.clock.instant());
		return "redirect:/inbox";
	}

	@GetMapping("/inbox/badge")
	String badge(Model model) {
		model.addAttribute("unread", this.notices.unread(CurrentUsers.require().id()));
		return "routing/inbox :: badge";
	}

}
