package org.tandem.campaigns;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.tandem.platform.Money;

/**
 * What a campaign earned under an attribution model over its life: its share of won
 * deals, the revenue of those in its currency, the won deals it shares in other
 * currencies (not added), and its ROI.
 */
public record CampaignCredit(CampaignSummary campaign, BigDecimal wonDeals, Money revenue, long otherCurrencyDeals,
		@Nullable BigDecimal roi) {
}
