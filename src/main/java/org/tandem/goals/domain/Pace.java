package org.tandem.goals.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.tandem.goals.Goal;
import org.tandem.goals.GoalProgress;
import org.tandem.goals.GoalStatus;

/**
 * Works out a goal's progress from the KPI so far: the even pace, the run rate, a
 * least-squares trend over the running total, and the status that follows.
 */
public final class Pace {

	static final int SCALE = 4;

	private Pace() {
	}

	/**
	 * @param actual the KPI from the goal's first day to {@code today} (or to its last
	 * day, when the period is over)
	 * @param daily for lead counts, the count per day so far, for the trend; else null
	 */
	public static GoalProgress of(Goal goal, LocalDate today, @Nullable BigDecimal actual,
			@Nullable Map<LocalDate, Long> daily) {
		long total = ChronoUnit.DAYS.between(goal.startsOn(), goal.endsOn()) + 1;
		if (today.isBefore(goal.startsOn())) {
			return new GoalProgress(goal, today, 0, total, null, null, null, null, null, GoalStatus.NOT_STARTED);
		}
		LocalDate last = today.isAfter(goal.endsOn()) ? goal.endsOn() : today;
		long elapsed = ChronoUnit.DAYS.between(goal.startsOn(), last) + 1;
		if (actual == null) {
			return new GoalProgress(goal, today, elapsed, total, null, null, null, null, null, GoalStatus.NO_DATA);
		}
		boolean adds = goal.kpi().cumulative();
		BigDecimal expected = adds ? share(goal.target(), elapsed, total) : null;
		BigDecimal runRate = adds ? share(actual, total, elapsed) : actual;
		BigDecimal trend = daily == null ? null : trend(goal.startsOn(), elapsed, total, daily);
		BigDecimal attainment = attainment(goal, actual);
		GoalStatus status;
		if (today.isAfter(goal.endsOn())) {
			status = meets(goal, actual) ? GoalStatus.MET : GoalStatus.MISSED;
		}
		else {
			status = meets(goal, trend != null ? trend : runRate) ? GoalStatus.ON_TRACK : GoalStatus.AT_RISK;
		}
		return new GoalProgress(goal, today, elapsed, total, actual, expected, runRate, trend, attainment, status);
	}

	/**
	 * How much of the target is reached: actual / target, or for times (less is better)
	 * target / actual.
	 */
	static @Nullable BigDecimal attainment(Goal goal, BigDecimal actual) {
		BigDecimal over = goal.kpi().higherIsBetter() ? goal.target() : actual;
		BigDecimal under = goal.kpi().higherIsBetter() ? actual : goal.target();
		return over.signum() == 0 ? null : under.divide(over, SCALE, RoundingMode.HALF_UP);
	}

	static boolean meets(Goal goal, BigDecimal value) {
		int compared = value.compareTo(goal.target());
		return goal.kpi().higherIsBetter() ? compared >= 0 : compared <= 0;
	}

	/** {@code value × numerator / denominator}. */
	static BigDecimal share(BigDecimal value, long numerator, long denominator) {
		return value.multiply(BigDecimal.valueOf(numerator))
			.divide(BigDecimal.valueOf(denominator), SCALE, RoundingMode.HALF_UP);
	}

	/**
	 * The running total on each day gone by, fitted with a least-squares line through its
	 * points (day 1 .. elapsed), read on the last day of the period. With a single day
	 * there is no line and the run rate stands in for it.
	 */
	static @Nullable BigDecimal trend(LocalDate start, long elapsed, long total, Map<LocalDate, Long> daily) {
		if (elapsed < 2) {
			return null;
		}
		double sumX = 0;
		double sumY = 0;
		double sumXy = 0;
		double sumXx = 0;
		long running = 0;
		for (int day = 1; day <= elapsed; day++) {
			running += daily.getOrDefault(start.plusDays(day - 1), 0L);
			sumX += day;
			sumY += running;
			sumXy += (double) day * running;
			sumXx += (double) day * day;
		}
		double slope = (elapsed * sumXy - sumX * sumY) / (elapsed * sumXx - sumX * sumX);
		double intercept = (sumY - slope * sumX) / elapsed;
		double atEnd = Math.max(running, intercept + slope * total);
		return BigDecimal.valueOf(atEnd).setScale(SCALE, RoundingMode.HALF_UP);
	}

}
