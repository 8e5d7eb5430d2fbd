package org.tandem.crm;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.UserId;

/**
 * An interaction was recorded; {@code actor} is the person who logged it (null for
 * Tandem).
 */
public record ActivityRecorded(ActivityId activity, ActivityType type, @Nullable ContactId contact,
		@Nullable DealId deal, @Nullable UserId actor, Instant at) {
}
