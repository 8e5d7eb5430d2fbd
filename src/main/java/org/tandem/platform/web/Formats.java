package org.tandem.platform.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.jspecify.annotations.Nullable;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats times and dates for pages in the viewer's locale and zone ({@code @fmt} in
 * templates).
 */
@Component("fmt")
public class Formats {

	public String dateTime(@Nullable Instant instant) {
		if (instant == null) {
			return "";
		}
		return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.withLocale(LocaleContextHolder.getLocale())
			.format(instant.atZone(zone()));
	}

	public String date(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		LocalDate date = value instanceof Instant instant ? instant.atZone(zone()).toLocalDate() : (LocalDate) value;
		return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
			.withLocale(LocaleContextHolder.getLocale())
			.format(date);
	}

	/** The ISO form, for {@code datetime} attributes. */
	public String iso(@Nullable Instant instant) {
		return instant == null ? "" : instant.toString();
	}

	private static ZoneId zone() {
		return LocaleContextHolder.getTimeZone().toZoneId();
	}

}
