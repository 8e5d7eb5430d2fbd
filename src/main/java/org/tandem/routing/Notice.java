package org.tandem.routing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.crm.ContactId;
import org.tandem.platform.Phrase;

/**
 * An in-app notice about a lead.
 */
public record Notice(UUID id, ContactId contact, Kind kind, @Nullable String detail, Instant at,
		@Nullable Instant readAt, @Nullable Phrase why) {

	public enum Kind {

		ASSIGNED, SLA_WARNING, SLA_BREACHED, ESCALATED, REASSIGNED, QUEUED

	}

}
