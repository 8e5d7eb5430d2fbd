package org.tandem.analytics;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;

/**
 * How often a saved report is delivered: every morning, every Monday morning, or on the
 * morning of the first of each month (07:00 in the reporting time zone).
 */
public enum Cadence {

	DAILY, WEEKLY, MONTHLY;

	/** The hour deliveries go out, so that the numbers are there when the day starts. */
	static final LocalTime AT = LocalTime.of(7, 0);

	/** The first delivery time strictly after {@code after}. */
	public Instant next(Instant after, ZoneId zone) {
		LocalDate day = after.atZone(zone).toLocalDate();
		for (int i = 0; i < 40; i++) {
			LocalDate candidate = day.plusDays(i);
			boolean fits = switch (this) {
				case DAILY -> true;
				case WEEKLY -> candidate.getDayOfWeek() == DayOfWeek.MONDAY;
				case MONTHLY -> candidate.getDayOfMonth() == 1;
			};
			Instant at = candidate.atTime(AT).atZone(zone).toInstant();
			if (fits && at.isAfter(after)) {
				return at;
			}
		}
		return day.with(TemporalAdjusters.firstDayOfNextMonth()).atTime(AT).atZone(zone).toInstant();
	}

}
