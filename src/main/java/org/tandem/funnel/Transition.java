package org.tandem.funnel;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.crm.ContactId;
import org.tandem.identity.UserId;

/**
 * One stored move through the funnel: when, who (a person, the system or an import) and
 * why.
 */
public record Transition(ContactId contact, @Nullable LifecycleStage from, LifecycleStage to, Instant at,
		ActorKind actorKind, @Nullable UserId actor, String actorName, @Nullable String reasonCode,
		@Nullable String reasonLabel, @Nullable String note) {
}
