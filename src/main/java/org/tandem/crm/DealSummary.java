package org.tandem.crm;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.UserId;
import org.tandem.platform.Money;

/**
 * A deal as lists, pages and the API see it.
 */
public record DealSummary(DealId id, String name, @Nullable AccountId account, @Nullable String accountName,
		UUID pipeline, String pipelineName, UUID stage, String stageName, int probability, String outcome, Money value,
		@Nullable LocalDate expectedClose, @Nullable UserId owner, List<ContactId> contacts, @Nullable Instant closedAt,
		Instant createdAt, long version) {
}
