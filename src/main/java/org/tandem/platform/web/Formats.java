package org.tandem.platform.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.tandem.platform.Money;

/**
 * Formats times and dates for pages in the viewer's locale and zone ({@code @fmt} in
 * templates).
 */
@Component("fmt")
public class Formats {

	private final MessageSource messages;

	Formats(MessageSource messages) {
		this.messages = messages;
	}

	public String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(locale())
			.format(instant.atZone(zone()));
	}

	public String date(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		LocalDate date = value instanceof Instant instant ? instant.atZone(zone()).toLocalDate() : (LocalDate) value;
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
	}

	/**
	 * An amount with its currency's decimals and the viewer's grouping, then the currency
	 * code: {@code 150 000,00 RUB} or {@code 150,000.00 RUB}.
	 */
	public String money(@Nullable Money money) {
		return money == null ? "" : amount(money.amount(), money.currency());
	}

	/** {@link #money} for an amount kept apart from its currency. */
	public String amount(@Nullable BigDecimal amount, Currency currency) {
		if (amount == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMinimumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
		format.setMaximumFractionDigits(Math.max(0, currency.getDefaultFractionDigits()));
		return format.format(amount) + " " + currency.getCurrencyCode();
	}

	/**
	 * A span in its largest whole unit and one decimal: {@code 45 s}, {@code 12.5 min},
	 * {@code 3.2 h}, {@code 2.1 d}; empty for none.
	 */
	public String duration(@Nullable Duration duration) {
		if (duration == null) {
			return "";
		}
		long millis = duration.toMillis();
		NumberFormat format = NumberFormat.getNumberInstance(locale());
		format.setMaximumFractionDigits(1);
		String unit;
		double value;
		if (millis < 60_000) {
			unit = "duration.seconds";
			value = millis / 1000.0;
		}
		else if (millis < 3_600_000) {
			unit = "duration.minutes";
			value = millis / 60_000.0;
		}
		else if (millis < 86_400_000) {
			unit = "duration.hours";
			value = millis / 3_600_000.0;
		}
		else {
			unit = "duration.days";
			value = millis / 86_400_000.0;
		}
		return this.messages.getMessage(unit, new Object[] { format.format(value) }, locale());
	}

	/** The ISO form, for {@code datetime} attributes. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	/**
	 * The page's locale as its messages have it: on the request that switches the
	 * language ({@code ?lang=}), the new one.
	 */
	static Locale locale() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
			return RequestContextUtils.getLocale(request.getRequest());
		}
		return LocaleContextHolder.getLocale();
	}

	private static ZoneId zone() {
		return LocaleContextHolder.getTimeZone().toZoneId();
	}

}
