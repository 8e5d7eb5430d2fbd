package org.tandem.campaigns;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A material that fits a contact: how many of its campaign, segment and stage match
 * theirs, and when it was last sent to them, if it was.
 */
public record MaterialSuggestion(Material material, int matches, @Nullable Instant lastSent) {
}
