package org.tandem.routing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.platform.Phrase;
import org.tandem.routing.domain.Notices;
import org.tandem.routing.domain.RoutingLead;

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

	/** A routing decision to carry out, with what routing knew of the lead. */
	public record Handoff(ContactSummary lead, RoutingLead facts, Assignment assignment) {
	}

	/**
	 * Carries out many decisions at once (a group of leads routed together): owners
	 * change in one batch and deadlines start in another.
	 */
	public void handOffAll(List<Handoff> handoffs) {
		if (handoffs.isEmpty()) {
			return;
		}
		this.sla.cancelAll(handoffs.stream().map(handoff -> handoff.lead().id()).toList());
		Map<ContactId, @Nullable UserId> owners = new LinkedHashMap<>();
		List<SlaDesk.Start> deadlines = new ArrayList<>();
		for (Handoff handoff : handoffs) {
			ContactSummary lead = handoff.lead();
			UserId rep = handoff.assignment().rep();
			if (!Objects.equals(lead.owner(), rep)) {
				owners.put(lead.id(), rep);
			}
			if (rep != null) {
				deadlines.add(new SlaDesk.Start(lead, handoff.facts(), rep, lead.lifecycleStage()));
			}
		}
		this.contacts.assignOwners(owners);
		this.sla.startAll(deadlines);
		for (Handoff handoff : handoffs) {
			notify(handoff.lead(), handoff.assignment());
		}
	}

	private void notify(ContactSummary lead, Assignment assignment) {
		Phrase why = assignment.why();
		// routing's own rules (account owner, queue) go without saying: the reason names
		// them
		String detail = (assignment.ruleKey() != null ? lead.name() : lead.name() + " · " + assignment.rule())
				+ (why == null ? ": " + assignment.reason() : "");
		if (assignment.rep() != null) {
			this.notices.send(assignment.rep(), lead.id(), Notice.Kind.ASSIGNED, detail, why, assignment.at());
		}
		else {
			(lead.owner() != null ? this.directory.managersOf(lead.owner()) : this.directory.salesHeads()).forEach(
					head -> this.notices.send(head.id(), lead.id(), Notice.Kind.QUEUED, detail, why, assignment.at()));
		}
		this.events.publishEvent(new LeadAssigned(lead.id(), assignment.rep(), lead.owner(), assignment.rule(),
				assignment.reason(), assignment.at()));
	}

}
