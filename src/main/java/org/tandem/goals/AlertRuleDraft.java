package org.tandem.goals;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.tandem.identity.TeamId;
import org.tandem.identity.UserId;

/**
 * An alert rule as it is set. A rule on the mean names a KPI (and its cut, and a currency
 * for money KPIs), how many earlier weeks make the history and how many standard
 * deviations count as a deviation; a rule on a goal names the goal. Owners are told when
 * it fires; a goal's rule falls back to the goal's owners.
 */
public record AlertRuleDraft(@NotBlank @Size(max = 150) String name, @NotNull AlertKind kind, @Nullable Kpi kpi,
		@Nullable TeamId team, @Nullable UserId rep, @Nullable @Size(max = 30) String channel,
		@Nullable @Size(max = 150) String campaign, @Nullable @Size(max = 20) String segment,
		@Nullable @Pattern(regexp = "^[A-Za-z]{3}$", message = "must be a three-letter currency code") String currency,
		@Nullable @Min(4) @Max(52) Integer weeks, @Nullable @DecimalMin("0.5") @DecimalMax("5") BigDecimal sigmas,
		@Nullable GoalId goal, @Nullable @Size(max = 20) List<UserId> owners) {
}
