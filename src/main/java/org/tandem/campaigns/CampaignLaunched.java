package org.tandem.campaigns;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * Marketing launched a campaign: sales should know what is coming their way.
 */
public record CampaignLaunched(CampaignId campaign, String name, CampaignChannel channel, LocalDate startsOn,
		@Nullable LocalDate endsOn, String launchedBy, Instant at) {
}
