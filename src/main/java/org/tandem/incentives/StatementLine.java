package org.tandem.incentives;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

/**
 * One component of a person's bonus, with everything it was computed from: the goal and
 * its actual and target, the attainment, the component's rule, the payout factor, the
 * share of the base it weighs and the amount.
 *
 * @param attainment actual / target (1 = 100 %), or null without data
 * @param factor what the rule made of the attainment, to six decimals
 * @param share base × weight / 100
 * @param amount share × factor, rounded half up to the currency's minor unit
 */
public record StatementLine(String component, ComponentKind kind, BigDecimal weight, @Nullable String goal,
		@Nullable BigDecimal actual, @Nullable BigDecimal target, @Nullable BigDecimal attainment, BigDecimal threshold,
		BigDecimal cap, BigDecimal accelerator, BigDecimal factor, PayRule rule, BigDecimal share, BigDecimal amount) {
}
