package org.tandem.routing;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.UserDirectory;
import org.tandem.routing.domain.LeadFacts;
import org.tandem.routing.domain.Notices;
import org.tandem.routing.domain.SlaStore;

/**
 * What happens as a deadline nears and passes: a warning to the rep, then the breach with
 * an escalation to their head, then the lead goes to another rep.
 */
@Service
@Transactional
public class SlaEscalation {

	private final SlaStore store;

	private final Notices notices;

	private final UserDirectory directory;

	private final LeadFacts facts;

	private final LeadRouter router;

	SlaEscalation(SlaStore store, Notices notices, UserDirectory directory, LeadFacts facts, LeadRouter router) {
		this.store = store;
		this.notices = notices;
		this.directory = directory;
		this.facts = facts;
		this.router = router;
	}

	public void handle(SlaTimer timer, Instant now) {
		Optional<ContactSummary> lead = this.facts.contact(timer.contact());
		if (lead.isEmpty() || !Objects.equals(lead.get().owner(), timer.rep())
				|| !timer.stage().equals(lead.get().lifecycleStage())) {
			// the lead changed hands or moved on without us hearing: the deadline no
			// longer applies
			this.store.closeTimer(timer.id(), "CANCELLED", now);
			return;
		}
		String name = lead.get().name();
		if (!timer.reassignAt().isAfter(now)) {
			if (timer.breachedAt() == null) {
				this.store.markBreached(timer.id(), now);
			}
			if (!this.store.closeTimer(timer.id(), "REASSIGNED", now)) {
				return;
			}
			this.notices.send(timer.rep(), timer.contact(), Notice.Kind.REASSIGNED, name, now);
			this.router.route(timer.contact(), Set.of(timer.rep()));
			return;
		}
		if (timer.breachedAt() == null && !timer.dueAt().isAfter(now)) {
			if (!this.store.markBreached(timer.id(), now)) {
				return;
			}
			this.notices.send(timer.rep(), timer.contact(), Notice.Kind.SLA_BREACHED, name, now);
			String rep = this.directory.find(timer.rep()).map(user -> user.displayName()).orElse("?");
			this.directory.managersOf(timer.rep())
				.forEach(head -> this.notices.send(head.id(), timer.contact(), Notice.Kind.ESCALATED,
						name + " · " + rep + " · " + timer.stage(), now));
			return;
		}
		if (timer.warnedAt() == null && !timer.warnAt().isAfter(now) && this.store.markWarned(timer.id(), now)) {
			this.notices.send(timer.rep(), timer.contact(), Notice.Kind.SLA_WARNING, name, now);
		}
	}

}
