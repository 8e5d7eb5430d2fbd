package org.tandem.scoring;

import java.time.Duration;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

import org.tandem.scoring.domain.ScoreCalculator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScoreDecayPropertyTests {

	@Property
	void anEventIsWorthHalfAsMuchOneHalfLifeLater(@ForAll @IntRange(min = -1000, max = 1000) int points,
			@ForAll @IntRange(min = 1, max = 3650) int halfLife,
			@ForAll @LongRange(min = 0, max = 10_000_000) long minutes) {
		Duration age = Duration.ofMinutes(minutes);
		double now = ScoreCalculator.decayed(points, halfLife, age);
		assertThat(ScoreCalculator.decayed(points, halfLife, age.plusDays(halfLife))).isCloseTo(now / 2, within(1e-6));
	}

	@Property
	void decayNeverGrowsAndNeverChangesSign(@ForAll @IntRange(min = -1000, max = 1000) int points,
			@ForAll @IntRange(min = 1, max = 3650) int halfLife,
			@ForAll @LongRange(min = 0, max = 10_000_000) long minutes,
			@ForAll @LongRange(min = 1, max = 1_000_000) long later) {
		double now = ScoreCalculator.decayed(points, halfLife, Duration.ofMinutes(minutes));
		double then = ScoreCalculator.decayed(points, halfLife, Duration.ofMinutes(minutes + later));
		assertThat(Math.abs(then)).isLessThanOrEqualTo(Math.abs(now) + 1e-9);
		assertThat(now * points).isGreaterThanOrEqualTo(0.0);
		assertThat(Math.abs(now)).isLessThanOrEqualTo(Math.abs(points));
	}

}
