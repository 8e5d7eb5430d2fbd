package org.tandem.campaigns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.tandem.crm.ContactId;

/**
 * A customer's remark as a rep logs it: its kind and theme (in a few words, so that
 * remarks add up), the competitor named, how it sounded, the customer's own words, and
 * where it was heard.
 */
public record FeedbackDraft(@NotNull ContactId contact, @NotNull FeedbackKind kind,
		@NotBlank @Size(max = 120) String theme, @Nullable @Size(max = 120) String competitor,
		@Nullable Sentiment sentiment, @Nullable @Size(max = 1000) String quote, @NotNull HeardOn heardOn) {
}
