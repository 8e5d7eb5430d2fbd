package org.tandem.campaigns;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import org.tandem.platform.Money;

/**
 * What a campaign brought in over its life under one attribution model: the people who
 * came from it and how many of them marketing qualified and sales accepted, its share of
 * the deals won and of their revenue (in the campaign's currency; deals in other
 * currencies are counted apart, not converted), and what each of those cost.
 *
 * @param mqls the people from the campaign who ever became MQLs (or went further)
 * @param sqls those of them sales ever accepted (or who went further)
 * @param wonDeals the sum of the campaign's shares of won deals: half of two is one
 * @param otherCurrencyDeals won deals the campaign shares whose currency is not its own
 * @param roi attributed revenue minus spent, divided by spent, when it spent anything
 */
public record CampaignResult(CampaignSummary campaign, long leads, long mqls, long sqls, BigDecimal wonDeals,
		Money revenue, long otherCurrencyDeals, @Nullable BigDecimal roi, @Nullable Money costPerLead,
		@Nullable Money costPerMql, @Nullable Money costPerSql, @Nullable Money costPerWonDeal) {
}
