package org.tandem.routing;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.crm.ContactId;
import org.tandem.identity.UserId;

/**
 * A lead was handed to a rep (or, with no rep, put in the fallback queue).
 */
public record LeadAssigned(ContactId contact, @Nullable UserId rep, @Nullable UserId previous, String rule,
		String reason, Instant at) {
}
