package org.tandem.campaigns;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.crm.ContactId;

/** A customer's remark on record. */
public record Feedback(UUID id, ContactId contact, FeedbackKind kind, String theme, @Nullable String competitor,
		@Nullable Sentiment sentiment, @Nullable String quote, HeardOn heardOn, @Nullable String campaign,
		@Nullable String segment, String recordedBy, Instant at) {
}
