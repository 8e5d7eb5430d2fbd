package org.tandem.goals;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;

/**
 * One line of a forecast: a rep, a team or everyone, in the forecast's currency.
 *
 * @param won the value of the deals won so far in the period
 * @param pipeline the open deals expected to close by the period's end (or with no date)
 * @param weighted the pipeline weighted by each deal's stage probability
 * @param runRate what the period ends at if deals keep being won at the pace so far (null
 * before the period starts)
 * @param forecast won plus the weighted pipeline
 * @param quota the target of the won-revenue goal for exactly this line and period, if
 * there is one
 * @param attainment won / quota
 * @param coverage pipeline / (quota - won): how many times the open pipeline covers what
 * is left to win (null with no quota, or when the quota is met)
 */
public record ForecastLine(@Nullable UserId rep, @Nullable String team, long wonDeals, BigDecimal won, long openDeals,
		BigDecimal pipeline, BigDecimal weighted, @Nullable BigDecimal runRate, BigDecimal forecast,
		@Nullable BigDecimal quota, @Nullable BigDecimal attainment, @Nullable BigDecimal coverage) {

}
