package org.tandem.goals;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.jspecify.annotations.Nullable;
import org.tandem.platform.EnglishWords;
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
 * @param notes why the value is missing, or which filters it could not apply: message
 * keys, which the pages word in the reader's language
 */
public record KpiValue(Kpi kpi, @Nullable BigDecimal value, @Nullable Long numerator, @Nullable Long denominator,
		List<Money> amounts, Map<String, BigDecimal> parts, List<String> notes) {

	public KpiValue {
		notes = List.copyOf(notes);
	}

	/** The notes in English words, as the API gives them. */
	@JsonProperty("note")
	public @Nullable String note() {
		return this.notes.isEmpty() ? null
				: this.notes.stream().map(key -> EnglishWords.of(key, List.of())).collect(Collectors.joining("; "));
	}

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
