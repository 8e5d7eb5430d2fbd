package org.tandem.crm;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.platform.Phrase;

/**
 * One recorded interaction.
 */
public record ActivityView(ActivityId id, ActivityType type, Instant occurredAt, @Nullable ContactId contact,
		@Nullable AccountId account, @Nullable DealId deal, String actor, String subject, @Nullable String body,
		@Nullable Phrase said) {
}
