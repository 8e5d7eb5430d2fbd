package org.tandem.crm;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * An interaction to record: on a contact, an account or a deal (at least one).
 *
 * @param occurredAt when it happened; now if absent
 */
public record ActivityDraft(@NotNull ActivityType type, @Nullable Instant occurredAt, @Nullable ContactId contact,
		@Nullable AccountId account, @Nullable DealId deal, @NotBlank @Size(max = 200) String subject,
		@Nullable @Size(max = 10000) String body) {
}
