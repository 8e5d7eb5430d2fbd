package org.tandem.crm;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A new person entered the shared record.
 *
 * @param initialStage the funnel stage the person enters at, as a plain value (null: the
 * first)
 */
public record ContactCreated(ContactId contact, @Nullable Channel channel, @Nullable String initialStage, Instant at) {
}
