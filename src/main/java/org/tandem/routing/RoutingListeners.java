package org.tandem.routing;

import java.util.Set;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tandem.crm.ActivityRecorded;
import org.tandem.crm.ActivityType;
import org.tandem.crm.ContactErased;
import org.tandem.crm.ContactsMerged;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.StageChanged;
import org.tandem.routing.domain.LeadFacts;
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

	RoutingListeners(LeadRouter router, SlaDesk sla, LeadFacts facts, RoutingMemory memory) {
		this.router = router;
		this.sla = sla;
		this.facts = facts;
		this.memory = memory;
	}

	@ApplicationModuleListener
	void on(StageChanged event) {
		if (event.from() != null) {
			this.sla.met(event.contact(), event.from().name());
		}
		if (event.to() == LifecycleStage.MQL || event.to() == LifecycleStage.SQL) {
			this.facts.contact(event.contact()).ifPresent(lead -> {
				if (lead.owner() != null) {
					this.sla.start(lead, lead.owner(), event.to().name());
				}
				else if (event.to() == LifecycleStage.MQL) {
					this.router.route(event.contact(), Set.of());
				}
			});
		}
	}

	@ApplicationModuleListener
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
