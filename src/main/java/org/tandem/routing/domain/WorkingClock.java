package org.tandem.routing.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;

import org.tandem.identity.RepProfile;

/**
 * Deadlines in a rep's working time: minutes count only on the rep's working days, within
 * their working hours in their own time zone, and not while they are out of office.
 */
public final class WorkingClock {

	/**
	 * Far enough for any deadline; a rep without working time never gets one this late.
	 */
	private static final int MAX_DAYS = 366;

	private WorkingClock() {
	}

	public static Instant plusWorkingMinutes(RepProfile rep, Instant start, long minutes) {
		ZonedDateTime cursor = start.atZone(rep.timeZone());
		long remaining = minutes;
		LocalDate last = cursor.toLocalDate().plusDays(MAX_DAYS);
		while (cursor.toLocalDate().isBefore(last)) {
			ZonedDateTime dayStart = cursor.toLocalDate().atTime(rep.workStart()).atZone(rep.timeZone());
			ZonedDateTime dayEnd = cursor.toLocalDate().atTime(rep.workEnd()).atZone(rep.timeZone());
			boolean workday = rep.workingDays().contains(cursor.getDayOfWeek())
					&& !rep.isOutOfOffice(cursor.toLocalDate());
			if (workday && cursor.isBefore(dayEnd)) {
				ZonedDateTime from = cursor.isBefore(dayStart) ? dayStart : cursor;
				long available = Duration.between(from, dayEnd).toMinutes();
				if (remaining <= available) {
					return from.plusMinutes(remaining).toInstant();
				}
				remaining -= available;
			}
			cursor = cursor.toLocalDate().plusDays(1).atStartOfDay(rep.timeZone());
		}
		return cursor.toInstant();
	}

}
