package org.tandem.meetings;

import java.time.Instant;
import java.util.UUID;

/** A decision on record, as taken at a meeting. */
public record Decision(UUID id, UUID meeting, String text, String recordedBy, Instant recordedAt) {
}
