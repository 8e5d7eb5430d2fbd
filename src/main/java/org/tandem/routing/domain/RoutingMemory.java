package org.tandem.routing.domain;

import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;

/**
 * Everything routing holds about a person, dropped at once when they are erased.
 */
@Component
public class RoutingMemory {

	private final RoutingStore assignments;

	private final SlaStore timers;

	private final Notices notices;

	RoutingMemory(RoutingStore assignments, SlaStore timers, Notices notices) {
		this.assignments = assignments;
		this.timers = timers;
		this.notices = notices;
	}

	public void forget(ContactId contact) {
		this.assignments.forget(contact);
		this.timers.forget(contact);
		this.notices.forget(contact);
	}

}
