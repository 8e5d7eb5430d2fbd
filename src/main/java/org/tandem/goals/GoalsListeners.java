package org.tandem.goals;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactErased;
import org.tandem.crm.ContactsMerged;
import org.tandem.crm.DealChanged;
import org.tandem.platform.AfterCommit;
import org.tandem.routing.LeadAssigned;

/**
 * What the numbers learn from other modules' events: a deal that changed is copied again
 * (events are few and kept until handled); a lead reassigned, merged or erased is looked
 * at again on the next update (the sweep would find it, only later).
 *
 * <p>
 * Marking a lead is a note in memory, made once the change commits. It is not kept in the
 * event publication registry: a lost mark costs only the wait for the sweep, while a
 * registry row would cost every hand-off three writes of its own.
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

	@EventListener
	void on(LeadAssigned event) {
		AfterCommit.run(() -> this.facts.touched(List.of(event.contact())));
	}

	@EventListener
	void on(ContactsMerged event) {
		AfterCommit.run(() -> this.facts.touched(List.of(event.survivor(), event.merged())));
	}

	@EventListener
	void on(ContactErased event) {
		AfterCommit.run(() -> this.facts.touched(List.of(event.contact())));
	}

}
