package org.tandem.funnel;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.crm.ContactId;
import org.tandem.identity.UserId;

/**
 * A lead moved from one lifecycle stage to another.
 *
 * @param from the previous stage; null when the lead entered the funnel
 * @param reason the reason code, when the move needs one
 */
public record StageChanged(ContactId contact, @Nullable LifecycleStage from, LifecycleStage to, Instant at,
		ActorKind actorKind, @Nullable UserId actor, @Nullable String reason) {
}
