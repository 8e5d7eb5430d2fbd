package org.tandem.goals.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.tandem.goals.Goal;
import org.tandem.goals.GoalStatus;
import org.tandem.goals.Kpi;

/**
 * Shows a goal's numbers in its KPI's unit, in the viewer's locale ({@code @goalFormat}
 * in templates): counts whole, rates as percentages, money with the goal's currency,
 * times in days.
 */
@Component("goalFormat")
class GoalFormat {

	private final MessageSource messages;

	GoalFormat(MessageSource messages) {
		this.messages = messages;
	}

	public String value(Goal goal, @Nullable BigDecimal value) {
		return number(goal.kpi(), goal.currency(), value);
	}

	/** A value of a KPI in its unit; money with the currency's code when one is given. */
	public String number(Kpi kpi, @Nullable Currency currency, @Nullable BigDecimal value) {
		if (value == null) {
			return "—";
		}
		Locale locale = LocaleContextHolder.getLocale();
		Kpi.Unit unit = kpi.unit();
		NumberFormat format = unit == Kpi.Unit.RATIO ? NumberFormat.getPercentInstance(locale)
				: NumberFormat.getNumberInstance(locale);
		int decimals = switch (unit) {
			case COUNT -> 0;
			case RATIO, DAYS -> 1;
			case MONEY -> currency == null ? 2 : Math.max(0, currency.getDefaultFractionDigits());
		};
		format.setMinimumFractionDigits(decimals);
		format.setMaximumFractionDigits(decimals);
		String number = format.format(value);
		return switch (unit) {
			case MONEY -> currency == null ? number : number + " " + currency.getCurrencyCode();
			case DAYS -> this.messages.getMessage("kpis.days", new Object[] { number }, locale);
			default -> number;
		};
	}

	/** The width of a progress bar, 0 to 100. */
	public int percentWidth(@Nullable BigDecimal attainment) {
		if (attainment == null) {
			return 0;
		}
		return attainment.movePointRight(2)
			.setScale(0, RoundingMode.HALF_UP)
			.max(BigDecimal.ZERO)
			.min(BigDecimal.valueOf(100))
			.intValue();
	}

	public String badge(GoalStatus status) {
		return switch (status) {
			case ON_TRACK, MET -> "text-bg-success";
			case AT_RISK -> "text-bg-warning";
			case MISSED -> "text-bg-danger";
			case NOT_STARTED, NO_DATA -> "text-bg-secondary";
		};
	}

}
