package org.tandem.routing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.crm.ContactId;
import org.tandem.identity.UserId;

/**
 * A running or finished hand-off deadline of one rep for one lead.
 *
 * @param outcome MET, BREACHED, REASSIGNED or CANCELLED once closed
 */
public record SlaTimer(UUID id, ContactId contact, UserId rep, String stage, Instant startedAt, Instant warnAt,
		Instant dueAt, Instant reassignAt, @Nullable Instant warnedAt, @Nullable Instant breachedAt,
		@Nullable Instant closedAt, @Nullable String outcome) {
}
