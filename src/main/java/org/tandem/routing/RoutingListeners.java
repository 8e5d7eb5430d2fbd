package org.tandem.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tandem.crm.ActivityRecorded;
import org.tandem.crm.ActivityType;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactSummary;
import org.tandem.crm.ContactErased;
import org.tandem.crm.ContactsMerged;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.StageChanged;
import org.tandem.platform.BeforeCommit;
import org.tandem.routing.domain.LeadFacts;
import org.tandem.routing.domain.RoutingLead;
import org.tandem.routing.domain.RoutingMemory;

/**
 * Hand-off follows the funnel: a new MQL without an owner is routed (with an owner, its
 * deadline starts); leaving a stage meets that stage's deadline; an SQL's first-touch
 * deadline is met by the first call, email or meeting logged on it.
 */
@Component
class RoutingListeners {

	private final LeadRouter router;

	private final SlaDesk sla;

	private final LeadFacts facts;

	private final RoutingMemory memory;

	private final BeforeCommit.Batch<StageChanged> toHandOff;

	private final BeforeCommit.Batch<SlaDesk.Met> toMeet;

	RoutingListeners(LeadRouter router, SlaDesk sla, LeadFacts facts, RoutingMemory memory) {
		this.router = router;
		this.sla = sla;
		this.facts = facts;
		this.memory = memory;
		this.toHandOff = this::handOff;
		this.toMeet = sla::metAll;
	}

	// in the transaction that moved the lead: a qualified lead is handed off before the
	// move commits, and the leads of one group commit are routed as one batch
	@EventListener
	void on(StageChanged event) {
		if (event.from() != null) {
			BeforeCommit.defer(this.toMeet, new SlaDesk.Met(event.contact(), event.from().name()));
		}
		if (event.to() == LifecycleStage.MQL || event.to() == LifecycleStage.SQL) {
			BeforeCommit.defer(this.toHandOff, event);
		}
	}

	private void handOff(List<StageChanged> moves) {
		Map<ContactId, ContactSummary> leads = this.facts.contacts(moves.stream().map(StageChanged::contact).toList());
		Map<ContactId, RoutingLead> owned = this.facts
			.leads(leads.values().stream().filter(lead -> lead.owner() != null).toList());
		Map<ContactId, ContactSummary> unowned = new LinkedHashMap<>();
		List<SlaDesk.Start> deadlines = new ArrayList<>();
		for (StageChanged move : moves) {
			ContactSummary lead = leads.get(move.contact());
			if (lead != null && lead.owner() != null) {
				deadlines.add(new SlaDesk.Start(lead, owned.get(lead.id()), lead.owner(), move.to().name()));
			}
			else if (lead != null && move.to() == LifecycleStage.MQL) {
				unowned.putIfAbsent(lead.id(), lead);
			}
		}
		this.sla.startAll(deadlines);
		this.router.routeAll(List.copyOf(unowned.values()));
	}

	@EventListener
	void on(ActivityRecorded event) {
		boolean touch = event.type() == ActivityType.CALL || event.type() == ActivityType.EMAIL
				|| event.type() == ActivityType.MEETING;
		if (touch && event.actor() != null && event.contact() != null) {
			this.sla.met(event.contact(), LifecycleStage.SQL.name());
		}
	}

	@ApplicationModuleListener
	void on(ContactsMerged event) {
		this.sla.cancel(event.merged());
	}

	@ApplicationModuleListener
	void on(ContactErased event) {
		this.memory.forget(event.contact());
	}

}
