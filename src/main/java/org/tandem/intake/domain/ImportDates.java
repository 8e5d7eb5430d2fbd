package org.tandem.intake.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The date formats other systems export, and which one a file uses. A date without a time
 * is the start of that day, and a time without an offset is local time, both in the
 * reporting time zone; a value with an offset is taken as it is.
 */
public final class ImportDates {

	/** ISO 8601: 2024-03-05, 2024-03-05 14:30, 2024-03-05T14:30:00Z, with an offset. */
	public static final String ISO = "ISO";

	/**
	 * The formats offered, by pattern; day before month first where both read a value.
	 */
	public static final List<String> FORMATS = List.of(ISO, "d.M.uuuu", "d/M/uuuu", "M/d/uuuu", "d-M-uuuu", "uuuu/M/d");

	private static final DateTimeFormatter ISO_LOCAL = DateTimeFormatter.ofPattern("uuuu-MM-dd[['T'][' ']HH:mm[:ss]]")
		.withResolverStyle(ResolverStyle.STRICT);

	private ImportDates() {
	}

	/**
	 * The format that reads the most samples (a mistyped date does not turn the guess),
	 * the first offered when several read as many; with none read, ISO.
	 */
	public static String detect(Collection<String> samples) {
		String best = ISO;
		long most = 0;
		for (String format : FORMATS) {
			long read = samples.stream()
				.filter(sample -> !sample.isBlank() && parse(sample, format, ZoneOffset.UTC).isPresent())
				.count();
			if (read > most) {
				best = format;
				most = read;
			}
		}
		return best;
	}

	/** The instant a value names in this format, if it is one. */
	public static Optional<Instant> parse(String value, String format, ZoneId zone) {
		String text = value.strip();
		try {
			if (ISO.equals(format)) {
				return Optional.of(iso(text, zone));
			}
			DateTimeFormatter formatter = DateTimeFormatter.ofPattern(format + "[ H:mm[:ss]]")
				.withResolverStyle(ResolverStyle.STRICT);
			return Optional.of(local(formatter.parse(text), zone));
		}
		catch (DateTimeParseException | IllegalArgumentException notThisFormat) {
			return Optional.empty();
		}
	}

	/** Whether this is one of the formats offered. */
	public static boolean known(@Nullable String format) {
		return format != null && FORMATS.contains(format);
	}

	private static Instant iso(String text, ZoneId zone) {
		try {
			return OffsetDateTime.parse(text).toInstant();
		}
		catch (DateTimeParseException noOffset) {
			return local(ISO_LOCAL.parse(text), zone);
		}
	}

	private static Instant local(TemporalAccessor parsed, ZoneId zone) {
		LocalDate date = LocalDate.from(parsed);
		if (parsed.isSupported(java.time.temporal.ChronoField.HOUR_OF_DAY)) {
			return LocalDateTime.from(parsed).atZone(zone).toInstant();
		}
		return date.atStartOfDay(zone).toInstant();
	}

}
