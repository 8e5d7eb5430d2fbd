package org.tandem.intake;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.crm.ContactId;

/**
 * A known person did something (directly, or earlier as an anonymous visitor now
 * stitched).
 */
public record BehaviourRecorded(ContactId contact, BehaviourType type, @Nullable String url, Instant at) {
}
