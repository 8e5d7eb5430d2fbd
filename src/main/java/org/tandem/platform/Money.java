package org.tandem.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;

/**
 * An amount of money in one currency, kept at the currency's own number of decimals.
 */
public record Money(BigDecimal amount, Currency currency) {

	public Money {
		int digits = Math.max(0, currency.getDefaultFractionDigits());
		if (amount.scale() > digits && amount.stripTrailingZeros().scale() > digits) {
			throw new InputRejectedException(org.springframework.http.HttpStatus.BAD_REQUEST, "amount",
					"has more decimals than " + currency.getCurrencyCode() + " allows");
		}
		amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
	}

	/**
	 * Parses an ISO 4217 code, naming the field when it is not one.
	 */
	public static Currency currency(String code) {
		try {
			return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			throw new InputRejectedException(org.springframework.http.HttpStatus.BAD_REQUEST, "currency",
					"is not an ISO 4217 currency code");
		}
	}

	@Override
	public String toString() {
		return this.amount.toPlainString() + " " + this.currency.getCurrencyCode();
	}

}
