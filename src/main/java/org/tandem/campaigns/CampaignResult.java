package org.tandem.campaigns;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import org.tandem.platform.Money;

/**
 * What a campaign brought in over its life under one attribution model: the people who
 * came from it, its share of the deals won and of their revenue (in the campaign's
 * currency; deals in other currencies are counted apart, not converted), and its return
 * on what it cost.
 *
 * @param wonDeals the sum of the campaign's shares of won deals (half of two deals is
 * one)
 * @param otherCurrencyDeals won deals the campaign shares whose currency is not its own
 * @param roi (attributed revenue − spent) / spent, when it spent anything
 */
public record CampaignResult(CampaignSummary campaign, long leads, BigDecimal wonDeals, Money revenue,
		long otherCurrencyDeals, @Nullable BigDecimal roi, @Nullable Money costPerLead) {
}
