package org.tandem.intake;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * One behaviour event: who (an email, a visitor id, or both), what, where and when.
 */
public record BehaviourEvent(@NotNull BehaviourType type, @Nullable @Size(max = 254) String email,
		@Nullable @Size(max = 100) String visitorId, @Nullable @Size(max = 2000) String url,
		@Nullable Instant occurredAt) {
}
