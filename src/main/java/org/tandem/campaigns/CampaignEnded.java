package org.tandem.campaigns;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;
import org.tandem.platform.Money;

/**
 * A launched campaign's last day passed: what it brought in (last-touch attribution), for
 * both departments to read.
 *
 * @param roi attributed revenue minus spent, divided by spent, when it spent anything
 */
public record CampaignEnded(CampaignId campaign, String name, @Nullable UserId owner, LocalDate endsOn, long leads,
		long mqls, long sqls, BigDecimal wonDeals, Money revenue, @Nullable BigDecimal roi, Instant at) {
}
