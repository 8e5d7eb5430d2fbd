package org.tandem.goals;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.tandem.identity.TeamId;
import org.tandem.identity.UserId;

/**
 * A SMART goal as it is set: a KPI of the catalogue, cut like the KPI page cuts it, a
 * period, a target and its owners. The currency is required for money KPIs.
 */
public record GoalDraft(@NotBlank @Size(max = 150) String name, @NotNull Kpi kpi, @NotNull LocalDate startsOn,
		@NotNull LocalDate endsOn, @Nullable TeamId team, @Nullable UserId rep,
		@Nullable @Size(max = 30) String channel, @Nullable @Size(max = 150) String campaign,
		@Nullable @Size(max = 20) String segment,
		@Nullable @Pattern(regexp = "^[A-Za-z]{3}$", message = "must be a three-letter currency code") String currency,
		@NotNull @Valid GoalTarget target, @NotEmpty @Size(max = 20) List<UserId> owners) {
}
