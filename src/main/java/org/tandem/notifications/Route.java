package org.tandem.notifications;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.TeamId;

/**
 * A topic sent to a destination: for everyone's events, or only for those that concern a
 * team's people.
 */
public record Route(UUID id, UUID destination, Topic topic, @Nullable TeamId team, boolean active) {
}
