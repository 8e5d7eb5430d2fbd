package org.tandem.conflicts;

import java.time.Instant;
import java.util.UUID;

/** A note on how a conflict is going, written while it is watched. */
public record Note(UUID id, String author, String body, Instant at) {
}
