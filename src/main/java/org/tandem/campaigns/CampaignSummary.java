package org.tandem.campaigns;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;
import org.tandem.platform.Money;

/**
 * A campaign as people see it: its plan, its budget and what it has cost so far.
 */
public record CampaignSummary(CampaignId id, String name, CampaignChannel channel, LocalDate startsOn,
		@Nullable LocalDate endsOn, @Nullable Money budget, Money spent, @Nullable UserId owner,
		@Nullable String ownerName, @Nullable String goal, @Nullable Instant launchedAt, @Nullable String launchedBy,
		long version) {
}
