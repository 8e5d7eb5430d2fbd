package org.tandem.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A message in a person's bell. */
public record Told(UUID id, Topic topic, String message, List<String> args, @Nullable String link, Instant at,
		@Nullable Instant readAt) {
}
