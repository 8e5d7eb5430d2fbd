package org.tandem.goals;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserId;

/**
 * A rule that watches a KPI or a goal and raises an alert when it deviates.
 */
public record AlertRule(AlertRuleId id, String name, AlertKind kind, @Nullable Kpi kpi, @Nullable TeamId team,
		@Nullable UserId rep, @Nullable String channel, @Nullable String campaign, @Nullable String segment,
		@Nullable Currency currency, int weeks, BigDecimal sigmas, @Nullable GoalId goal, List<UserId> owners,
		boolean active) {

	/** The KPI filter of the rule for one period. */
	public KpiFilter filter(java.time.LocalDate from, java.time.LocalDate to) {
		return new KpiFilter(from, to, this.team, this.rep, this.channel, this.campaign, this.segment);
	}

}
