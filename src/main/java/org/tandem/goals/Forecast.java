package org.tandem.goals;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;

/**
 * Where a period's revenue is heading, per rep, per team and for everyone, next to the
 * quotas: the won-revenue goals set for exactly that line and period.
 *
 * @param reps the reps' lines (with the deals nobody owns last, under no rep)
 * @param teams each team's line
 * @param total everyone's line
 * @param otherCurrencies deals in other currencies, by currency: a forecast adds up one
 * currency only
 */
public record Forecast(LocalDate from, LocalDate to, Currency currency, List<ForecastLine> reps,
		List<ForecastLine> teams, ForecastLine total, Map<String, Long> otherCurrencies) {

}
