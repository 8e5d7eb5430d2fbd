package org.tandem.crm;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.UserId;
import org.tandem.platform.Money;

/**
 * What shared reports need of a deal: its contact (the first linked, by id), owner,
 * value, stage probability and outcome (OPEN, WON or LOST), when it was created and
 * closed, and when it is expected to close.
 */
public record DealFacts(DealId id, @Nullable ContactId contact, @Nullable UserId owner, Money value, int probability,
		String outcome, Instant createdAt, @Nullable Instant closedAt, @Nullable LocalDate expectedClose) {
}
