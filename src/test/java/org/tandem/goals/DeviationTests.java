package org.tandem.goals;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tandem.goals.domain.Deviation;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A week judged against the weeks before it, with figures worked out by hand: 3, 4, 3, 4,
 * 3, 4, 3, 4 have a mean of 3.5 and a sample standard deviation of 0.5345.
 */
class DeviationTests {

	static final List<BigDecimal> HISTORY = List.of(3, 4, 3, 4, 3, 4, 3, 4).stream().map(BigDecimal::valueOf).toList();

	@Test
	void aWeekFarBelowTheMeanBreachesIt() {
		Deviation deviation = Deviation.of(HISTORY, BigDecimal.ONE, BigDecimal.valueOf(2), true);
		assertThat(deviation.mean()).isEqualByComparingTo("3.5");
		assertThat(deviation.deviation()).isEqualByComparingTo("0.5345");
		assertThat(deviation.threshold()).isEqualByComparingTo("2.4310");
		assertThat(deviation.breached()).isTrue();
	}

	@Test
	void anOrdinaryWeekDoesNot() {
		assertThat(Deviation.of(HISTORY, BigDecimal.valueOf(3), BigDecimal.valueOf(2), true).breached()).isFalse();
		assertThat(Deviation.of(HISTORY, BigDecimal.valueOf(4), BigDecimal.valueOf(2), false).breached()).isFalse();
		assertThat(Deviation.of(HISTORY, BigDecimal.valueOf(5), BigDecimal.valueOf(2), false).breached()).isTrue();
	}

	@Test
	void aShortHistorySaysNothing() {
		assertThat(Deviation.of(HISTORY.subList(0, 3), BigDecimal.ZERO, BigDecimal.ONE, true)).isNull();
	}

}
