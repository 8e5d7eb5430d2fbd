package org.tandem.incentives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;

/**
 * The bonus formula, with its rounding rules stated once.
 *
 * <p>
 * For each component: below the threshold the factor is 0; up to 100 % it is the
 * attainment; above, 1 plus the excess times the accelerator; never more than the cap. A
 * negative attainment counts as 0. The factor is kept to six decimals, half up. The
 * component's share is base × weight / 100, exact; its amount is share × factor rounded
 * half up to the currency's minor unit (two decimals for EUR, none for JPY). The total is
 * the sum of the rounded amounts.
 */
public final class BonusFormula {

	public static final int FACTOR_SCALE = 6;

	private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	private BonusFormula() {
	}

	/** What the rule makes of an attainment, and which part of it applied. */
	public record Factor(BigDecimal value, PayRule rule) {
	}

	public static Factor factor(@Nullable BigDecimal attainment, BigDecimal threshold, BigDecimal cap,
			BigDecimal accelerator) {
		if (attainment == null) {
			return new Factor(zero(), PayRule.NO_DATA);
		}
		BigDecimal reached = attainment.max(BigDecimal.ZERO);
		if (reached.compareTo(threshold) < 0) {
			return new Factor(zero(), PayRule.BELOW_THRESHOLD);
		}
		BigDecimal value;
		PayRule rule;
		if (reached.compareTo(BigDecimal.ONE) <= 0) {
			value = reached;
			rule = PayRule.LINEAR;
		}
		else {
			value = BigDecimal.ONE.add(reached.subtract(BigDecimal.ONE).multiply(accelerator));
			rule = PayRule.ACCELERATED;
		}
		if (value.compareTo(cap) > 0) {
			value = cap;
			rule = PayRule.CAPPED;
		}
		return new Factor(value.setScale(FACTOR_SCALE, RoundingMode.HALF_UP), rule);
	}

	/** One component's line, from its goal's numbers. */
	public static StatementLine line(Component component, BigDecimal base, @Nullable String goal,
			@Nullable BigDecimal actual, @Nullable BigDecimal target, @Nullable BigDecimal attainment,
			Currency currency) {
		Factor factor = factor(attainment, component.threshold(), component.cap(), component.accelerator());
		BigDecimal share = base.multiply(component.weight()).divide(HUNDRED);
		BigDecimal amount = share.multiply(factor.value())
			.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_UP);
		return new StatementLine(component.name(), component.kind(), component.weight(), goal, actual, target,
				attainment, component.threshold(), component.cap(), component.accelerator(), factor.value(),
				factor.rule(), share, amount);
	}

	/**
	 * A person's statement from their lines: the total is the sum of the rounded amounts.
	 */
	public static Statement statement(UserId user, String name, BigDecimal base, List<StatementLine> lines) {
		BigDecimal total = lines.stream().map(StatementLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new Statement(user, name, base, new ArrayList<>(lines), total);
	}

	private static BigDecimal zero() {
		return BigDecimal.ZERO.setScale(FACTOR_SCALE);
	}

}
