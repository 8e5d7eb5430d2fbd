package org.tandem.notifications;

import java.time.Instant;
import java.util.UUID;

/**
 * A Slack or Teams channel, or another system's webhook; its signing secret is never
 * shown again once made.
 */
public record Destination(UUID id, DestinationKind kind, String name, String url, String language, int perMinute,
		boolean active, boolean signed, Instant createdAt) {
}
