package org.tandem.goals;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A goal's target: either an absolute {@code value} (a count, a ratio from 0 to 1, days,
 * or an amount of the goal's currency), or a change in percent on what the KPI was in a
 * baseline period (by default the period of the same length just before the goal's).
 *
 * @param note why the target is what it is, or why it changed
 */
public record GoalTarget(@Nullable @DecimalMin("0") @DecimalMax("999999999999999") BigDecimal value,
		@Nullable @DecimalMin("-100") @DecimalMax("10000") BigDecimal relativePercent, @Nullable LocalDate baselineFrom,
		@Nullable LocalDate baselineTo, @Nullable @Size(max = 1000) String note) {
}
