package org.tandem.notifications;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;

/**
 * Something to tell: its stable id (the same event told twice is told once), its topic,
 * whom it concerns, a message and its arguments (rendered in each reader's language, as
 * agenda lines are), a link into Tandem, and the facts other systems receive as JSON.
 */
public record Notice(UUID event, Topic topic, Instant at, List<UserId> audience, String message, List<String> args,
		@Nullable String link, Map<String, Object> data) {
}
