package org.tandem.goals;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.tandem.crm.ContactErased;
import org.tandem.crm.ContactsMerged;
import org.tandem.crm.DealChanged;
import org.tandem.routing.LeadAssigned;

/**
 * What the numbers learn from other modules' events: a deal that changed is copied again
 * (events are few and kept until handled); a lead reassigned, merged or erased is looked
 * at again on the next update (the sweep would find it, only later).
 */
@Component
class GoalsListeners {

	private final KpiFacts facts;

	GoalsListeners(KpiFacts facts) {
		this.facts = facts;
	}

	@ApplicationModuleListener
	void on(DealChanged event) {
		this.facts.updateDeals(List.of(event.deal()));
	}

	@TransactionalEventListener
	void on(LeadAssigned event) {
		this.facts.touched(List.of(event.contact()));
	}

	@TransactionalEventListener
	void on(ContactsMerged event) {
		this.facts.touched(List.of(event.survivor(), event.merged()));
	}

	@TransactionalEventListener
	void on(ContactErased event) {
		this.facts.touched(List.of(event.contact()));
	}

}
