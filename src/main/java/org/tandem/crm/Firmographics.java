package org.tandem.crm;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;

/**
 * What scoring and routing weigh about a lead's company: industry, size, region and who
 * owns the account.
 */
public record Firmographics(AccountId account, @Nullable String industry, @Nullable SizeBand sizeBand,
		@Nullable String region, @Nullable UserId owner) {
}
