package org.tandem.crm;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A new person entered the shared record.
 *
 * @param initialStage the funnel stage the person enters at, as a plain value (null: the
 * first)
 * @param at when the person entered the record: for one brought in with their past, the
 * date the other system gave
 * @param historic whether the person was brought in with their past (a history import):
 * nothing should react as if they had just arrived
 */
public record ContactCreated(ContactId contact, @Nullable Channel channel, @Nullable String initialStage, Instant at,
		boolean historic) {
}
