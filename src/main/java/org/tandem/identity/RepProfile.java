package org.tandem.identity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * A sales rep's specialisations, capacity and availability, as routing reads them.
 *
 * @param capacity the most open leads the rep should hold at once
 */
public record RepProfile(UserId user, Set<String> productLines, Set<String> industries, Set<String> regions,
		Set<String> languages, DealSizeBand dealSizeBand, int capacity, ZoneId timeZone, LocalTime workStart,
		LocalTime workEnd, Set<DayOfWeek> workingDays, @Nullable LocalDate outOfOfficeFrom,
		@Nullable LocalDate outOfOfficeUntil) {

	/**
	 * Whether the rep is at work at the given moment: a working day, within working hours
	 * in the rep's own time zone, and not out of office.
	 */
	public boolean availableAt(Instant moment) {
		ZonedDateTime local = moment.atZone(this.timeZone);
		LocalDate day = local.toLocalDate();
		if (isOutOfOffice(day) || !this.workingDays.contains(local.getDayOfWeek())) {
			return false;
		}
		LocalTime time = local.toLocalTime();
		return !time.isBefore(this.workStart) && time.isBefore(this.workEnd);
	}

	public boolean isOutOfOffice(LocalDate day) {
		return this.outOfOfficeFrom != null && !day.isBefore(this.outOfOfficeFrom)
				&& (this.outOfOfficeUntil == null || !day.isAfter(this.outOfOfficeUntil));
	}

}
