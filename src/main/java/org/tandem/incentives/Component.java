package org.tandem.incentives;

import java.math.BigDecimal;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.goals.GoalId;

/**
 * A part of the bonus formula.
 *
 * @param weight its share of the bonus base, in percent; a programme's weights add up to
 * 100
 * @param goal the shared goal it pays on; null for an individual component, which pays on
 * each participant's own goal
 * @param threshold the attainment (1 = 100 %) below which it pays nothing
 * @param cap the most it pays, as a multiple of its share (1.5 = 150 %)
 * @param accelerator how much each point of attainment above 100 % counts (2 = double)
 */
public record Component(UUID id, int position, String name, ComponentKind kind, BigDecimal weight,
		@Nullable GoalId goal, BigDecimal threshold, BigDecimal cap, BigDecimal accelerator) {
}
