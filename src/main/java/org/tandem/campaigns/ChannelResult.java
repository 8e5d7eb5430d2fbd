package org.tandem.campaigns;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import org.tandem.platform.Money;

/**
 * The campaigns of one channel in one currency taken together: their people, their shares
 * of won deals and of revenue, what they spent, and the return and unit costs that
 * follow.
 */
public record ChannelResult(CampaignChannel channel, int campaigns, long leads, long mqls, long sqls,
		BigDecimal wonDeals, Money revenue, Money spent, @Nullable BigDecimal roi, @Nullable Money costPerLead,
		@Nullable Money costPerMql, @Nullable Money costPerSql, @Nullable Money costPerWonDeal) {
}
