package org.tandem.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.Role;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserId;

/**
 * A SMART goal: which KPI, for whom (the cut), by when, to what target, and who owns it.
 *
 * @param target the target as a value of the KPI; for a relative target, the baseline
 * changed by the percentage when the target was set
 */
public record Goal(GoalId id, String name, Kpi kpi, LocalDate startsOn, LocalDate endsOn, @Nullable TeamId team,
		@Nullable UserId rep, @Nullable String channel, @Nullable String campaign, @Nullable String segment,
		@Nullable Currency currency, BigDecimal target, @Nullable BigDecimal relativePercent,
		@Nullable BigDecimal baseline, @Nullable LocalDate baselineFrom, @Nullable LocalDate baselineTo,
		List<Owner> owners, long version) {

	/** The KPI filter of the goal over a part of its period. */
	public KpiFilter filter(LocalDate from, LocalDate to) {
		return new KpiFilter(from, to, this.team, this.rep, this.channel, this.campaign, this.segment);
	}

	/** One owner, with the role and team that say which department they speak for. */
	public record Owner(UserId id, String name, @Nullable Role role, @Nullable String team) {
	}

}
