package org.tandem.funnel;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tandem.crm.Channel;
import org.tandem.crm.ContactCreated;
import org.tandem.crm.ContactErased;
import org.tandem.crm.ContactsMerged;
import org.tandem.funnel.domain.LifecycleRepository;
import org.tandem.funnel.domain.TransitionLog;
import org.tandem.identity.CurrentUser;
import org.tandem.identity.CurrentUsers;

/**
 * Keeps the funnel in step with the shared record: a new contact enters the funnel in the
 * same transaction; merges and erasures are followed after they commit.
 */
@Component
class FunnelListeners {

	private final FunnelManagement funnel;

	private final LifecycleRepository lifecycles;

	private final TransitionLog log;

	FunnelListeners(FunnelManagement funnel, LifecycleRepository lifecycles, TransitionLog log) {
		this.funnel = funnel;
		this.lifecycles = lifecycles;
		this.log = log;
	}

	// synchronous on purpose: a contact never exists without its place in the funnel
	@EventListener
	void on(ContactCreated event) {
		LifecycleStage stage = LifecycleStage.parse(event.initialStage()).orElse(LifecycleStage.LEAD);
		CurrentUser actor = CurrentUsers.find().orElse(CurrentUser.SYSTEM);
		ActorKind kind = event.channel() == Channel.IMPORT || event.historic() ? ActorKind.IMPORT
				: actor.isSystem() ? ActorKind.SYSTEM : ActorKind.PERSON;
		this.funnel.enter(event.contact(), stage, kind, actor, event.at());
	}

	@ApplicationModuleListener
	void on(ContactsMerged event) {
		this.log.repoint(event.merged(), event.survivor());
		this.lifecycles.deleteById(event.merged().value());
	}

	@ApplicationModuleListener
	void on(ContactErased event) {
		this.log.forgetNotes(event.contact());
		this.lifecycles.deleteById(event.contact().value());
	}

}
