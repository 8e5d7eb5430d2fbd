package org.tandem.routing;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.crm.ContactId;

/**
 * An in-app notice about a lead.
 */
public record Notice(UUID id, ContactId contact, Kind kind, @Nullable String detail, Instant at,
		@Nullable Instant readAt, @Nullable Why why) {

	public enum Kind {

		ASSIGNED, SLA_WARNING, SLA_BREACHED, ESCALATED, REASSIGNED, QUEUED

	}

}
