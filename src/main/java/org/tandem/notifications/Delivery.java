package org.tandem.notifications;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;

/** A message on its way to a mailbox or a destination, as the admin's lists show it. */
public record Delivery(UUID id, UUID event, Topic topic, String channel, @Nullable String destination,
		@Nullable UserId recipient, String status, int attempts, Instant nextAttemptAt, @Nullable String lastError,
		Instant at, @Nullable Instant sentAt) {
}
