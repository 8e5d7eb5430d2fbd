package org.tandem.campaigns;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.tandem.platform.Money;

/**
 * The credit of a channel's campaigns in one currency, taken together.
 */
public record ChannelCredit(CampaignChannel channel, int campaigns, BigDecimal wonDeals, Money revenue, Money spent,
		@Nullable BigDecimal roi) {
}
