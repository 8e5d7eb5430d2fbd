package org.tandem.goals;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A goal's progress on a day: the KPI so far, where it should be by now at an even pace
 * (for KPIs that add up), and forecasts to the period's end.
 *
 * @param actual the KPI from the goal's first day to {@code asOf}
 * @param expectedByNow the target's share for the days gone, for KPIs that add up
 * @param runRate the actual at the same daily rate to the end (KPIs that add up); for
 * rates and levels, the actual itself
 * @param trend a straight line fitted to the day-by-day running total, read at the
 * period's end (lead counts only)
 * @param attainment actual / target (for times, where less is better: target / actual)
 */
public record GoalProgress(Goal goal, LocalDate asOf, long elapsedDays, long totalDays, @Nullable BigDecimal actual,
		@Nullable BigDecimal expectedByNow, @Nullable BigDecimal runRate, @Nullable BigDecimal trend,
		@Nullable BigDecimal attainment, GoalStatus status) {
}
