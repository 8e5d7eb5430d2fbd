package org.tandem.goals;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.tandem.platform.Money;

/**
 * A KPI's value for a filter, with what it was computed from.
 *
 * @param value the number (a count, a ratio 0..1, or days); null for money KPIs and when
 * there is nothing to compute it from
 * @param numerator for counts and ratios, what was counted
 * @param denominator for ratios, what it was divided by
 * @param amounts for money KPIs, one amount per currency
 * @param parts named parts of the value (percentiles, stage-to-stage days)
 * @param note why the value is missing, or which filters it could not apply
 */
public record KpiValue(Kpi kpi, @Nullable BigDecimal value, @Nullable Long numerator, @Nullable Long denominator,
		List<Money> amounts, Map<String, BigDecimal> parts, @Nullable String note) {
	/**
	 * The value as one number: for money KPIs, the amount in {@code currency} (zero when
	 * there is none); for the others, the value (null when there is none).
	 */
	public @Nullable BigDecimal scalar(@Nullable Currency currency) {
		if (this.kpi.unit() != Kpi.Unit.MONEY) {
			return this.value;
		}
		return this.amounts.stream()
			.filter(money -> money.currency().equals(currency))
			.map(Money::amount)
			.findFirst()
			.orElse(BigDecimal.ZERO);
	}

}
