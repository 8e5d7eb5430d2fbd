package org.tandem.routing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.crm.ContactId;
import org.tandem.identity.UserId;

/**
 * A rep or a head got a notice about a lead (a hand-off, a deadline near or broken), for
 * the shared channels to pass on.
 */
public record LeadNoticeSent(UUID id, UserId recipient, ContactId contact, Notice.Kind kind, @Nullable String detail,
		Instant at) {
}
