package org.tandem.crm;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.UserId;

/**
 * An account (a company) as lists, pages and the API see it.
 */
public record AccountSummary(AccountId id, String name, @Nullable String domain, @Nullable String industry,
		@Nullable SizeBand sizeBand, @Nullable String region, @Nullable UserId owner, long contacts,
		@Nullable Instant deletedAt, Instant createdAt, long version) {
}
