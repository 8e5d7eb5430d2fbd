package org.tandem.routing;

import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.UserDirectory;
import org.tandem.routing.domain.Notices;

/**
 * Carries out a routing decision: the lead gets its owner, the rep a notice and a
 * deadline, the heads a notice when no one could take it, and the rest of Tandem a
 * {@link LeadAssigned}.
 */
@Service
@Transactional
public class HandoffDesk {

	private final ContactManagement contacts;

	private final SlaDesk sla;

	private final Notices notices;

	private final UserDirectory directory;

	private final ApplicationEventPublisher events;

	HandoffDesk(ContactManagement contacts, SlaDesk sla, Notices notices, UserDirectory directory,
			ApplicationEventPublisher events) {
		this.contacts = contacts;
		this.sla = sla;
		this.notices = notices;
		this.directory = directory;
		this.events = events;
	}

	public void handOff(ContactSummary lead, Assignment assignment) {
		this.sla.cancel(lead.id());
		if (assignment.rep() != null) {
			if (!Objects.equals(lead.owner(), assignment.rep())) {
				this.contacts.assignOwner(lead.id(), assignment.rep());
			}
			this.sla.start(lead, assignment.rep(), lead.lifecycleStage());
			this.notices.send(assignment.rep(), lead.id(), Notice.Kind.ASSIGNED,
					lead.name() + " · " + assignment.rule() + ": " + assignment.reason(), assignment.at());
		}
		else {
			if (lead.owner() != null) {
				this.contacts.assignOwner(lead.id(), null);
			}
			(lead.owner() != null ? this.directory.managersOf(lead.owner()) : this.directory.salesHeads())
				.forEach(head -> this.notices.send(head.id(), lead.id(), Notice.Kind.QUEUED,
						lead.name() + ": " + assignment.reason(), assignment.at()));
		}
		this.events.publishEvent(new LeadAssigned(lead.id(), assignment.rep(), lead.owner(), assignment.rule(),
				assignment.reason(), assignment.at()));
	}

}
