package org.tandem.goals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.tandem.goals.domain.Pace;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A goal's pace and forecasts, worked out by hand for a 30-day period.
 */
class PaceTests {

	static final LocalDate START = LocalDate.parse("2026-04-01");

	static Goal goal(Kpi kpi, String target) {
		return new Goal(new GoalId(java.util.UUID.randomUUID()), "goal", kpi, START, START.plusDays(29), null, null,
				null, null, null, null, new BigDecimal(target), null, null, null, null, List.of(), 0);
	}

	@Test
	void aCountAheadOfItsPaceIsOnTrack() {
		// 10 days gone of 30, 40 MQLs so far against 100: the even pace says 33.3 by now,
		// the run rate 120 by the end
		GoalProgress progress = Pace.of(goal(Kpi.MQLS, "100"), START.plusDays(9), new BigDecimal("40"), null);
		assertThat(progress.elapsedDays()).isEqualTo(10);
		assertThat(progress.totalDays()).isEqualTo(30);
		assertThat(progress.expectedByNow()).isEqualByComparingTo("33.3333");
		assertThat(progress.runRate()).isEqualByComparingTo("120");
		assertThat(progress.attainment()).isEqualByComparingTo("0.4");
		assertThat(progress.status()).isEqualTo(GoalStatus.ON_TRACK);
	}

	@Test
	void aCountBehindItsPaceIsAtRiskAndMissedOnceOver() {
		Goal goal = goal(Kpi.MQLS, "100");
		assertThat(Pace.of(goal, START.plusDays(14), new BigDecimal("30"), null).status())
			.isEqualTo(GoalStatus.AT_RISK);
		assertThat(Pace.of(goal, START.plusDays(40), new BigDecimal("99"), null).status()).isEqualTo(GoalStatus.MISSED);
		assertThat(Pace.of(goal, START.plusDays(40), new BigDecimal("100"), null).status()).isEqualTo(GoalStatus.MET);
		assertThat(Pace.of(goal, START.minusDays(1), null, null).status()).isEqualTo(GoalStatus.NOT_STARTED);
	}

	@Test
	void theTrendFollowsTheRunningTotal() {
		// two a day for four days: the running total 2, 4, 6, 8 lies on a line reaching
		// 60
		// on day 30
		Map<LocalDate, Long> daily = Map.of(START, 2L, START.plusDays(1), 2L, START.plusDays(2), 2L, START.plusDays(3),
				2L);
		GoalProgress progress = Pace.of(goal(Kpi.LEADS_CREATED, "50"), START.plusDays(3), new BigDecimal("8"), daily);
		assertThat(progress.trend()).isEqualByComparingTo("60");
		assertThat(progress.status()).isEqualTo(GoalStatus.ON_TRACK);
	}

	@Test
	void aRateIsJudgedByItsLevelAndATimeByBeingShort() {
		GoalProgress rate = Pace.of(goal(Kpi.MQL_TO_SQL, "0.6"), START.plusDays(5), new BigDecimal("0.55"), null);
		assertThat(rate.runRate()).isEqualByComparingTo("0.55");
		assertThat(rate.expectedByNow()).isNull();
		assertThat(rate.status()).isEqualTo(GoalStatus.AT_RISK);
		GoalProgress time = Pace.of(goal(Kpi.LEAD_TO_DEAL_TIME, "40"), START.plusDays(5), new BigDecimal("35"), null);
		assertThat(time.status()).isEqualTo(GoalStatus.ON_TRACK);
		GoalProgress slow = Pace.of(goal(Kpi.LEAD_TO_DEAL_TIME, "40"), START.plusDays(5), new BigDecimal("50"), null);
		assertThat(slow.attainment()).isEqualByComparingTo("0.8");
		assertThat(slow.status()).isEqualTo(GoalStatus.AT_RISK);
	}

}
