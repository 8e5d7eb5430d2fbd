package org.tandem.analytics.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import org.tandem.platform.Money;

/**
 * Makes table cells in one locale: counts, percentages, days, money and dates, each with
 * the plain value the CSV export writes.
 */
final class Cells {

	static final Cell NONE = new Cell("—", "", true);

	private final Locale locale;

	Cells(Locale locale) {
		this.locale = locale;
	}

	Cell count(long value) {
		return new Cell(NumberFormat.getIntegerInstance(this.locale).format(value), Long.toString(value), true);
	}

	/** A share from 0 to 1, shown as a percentage. */
	Cell percent(@Nullable BigDecimal share) {
		if (share == null) {
			return NONE;
		}
		NumberFormat format = NumberFormat.getPercentInstance(this.locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return new Cell(format.format(share), share.stripTrailingZeros().toPlainString(), true);
	}

	/** A share of two counts; none when there is nothing to divide by. */
	Cell share(long part, long whole) {
		return whole == 0 ? NONE : percent(
				BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, java.math.RoundingMode.HALF_UP));
	}

	Cell decimal(@Nullable BigDecimal value) {
		if (value == null) {
			return NONE;
		}
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		format.setMinimumFractionDigits(1);
		format.setMaximumFractionDigits(1);
		return new Cell(format.format(value), value.stripTrailingZeros().toPlainString(), true);
	}

	/** Amounts in several currencies, one per line. */
	Cell money(List<Money> amounts) {
		if (amounts.isEmpty()) {
			return NONE;
		}
		return new Cell(amounts.stream().map(this::money).collect(Collectors.joining("; ")),
				amounts.stream().map(Money::toString).collect(Collectors.joining("; ")), true);
	}

	String money(Money money) {
		NumberFormat format = NumberFormat.getNumberInstance(this.locale);
		int digits = Math.max(0, money.currency().getDefaultFractionDigits());
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return format.format(money.amount()) + " " + money.currency().getCurrencyCode();
	}

	Cell date(LocalDate date) {
		return new Cell(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(this.locale).format(date),
				date.toString(), false);
	}

	Cell text(String text) {
		return Cell.text(text);
	}

}
