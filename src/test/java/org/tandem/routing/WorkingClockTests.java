package org.tandem.routing;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tandem.identity.DealSizeBand;
import org.tandem.identity.RepProfile;
import org.tandem.identity.UserId;
import org.tandem.routing.domain.WorkingClock;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingClockTests {

	static RepProfile moscow(LocalDate awayFrom, LocalDate awayUntil) {
		return new RepProfile(new UserId(UUID.randomUUID()), Set.of(), Set.of(), Set.of(), Set.of(), DealSizeBand.ANY,
				40, ZoneId.of("Europe/Moscow"), LocalTime.of(9, 0), LocalTime.of(18, 0),
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), awayFrom, awayUntil);
	}

	@Test
	void countsWithinTheWorkingDay() {
		// Wednesday 10:00 in Moscow
		assertThat(WorkingClock.plusWorkingMinutes(moscow(null, null), Instant.parse("2026-11-25T07:00:00Z"), 15))
			.isEqualTo(Instant.parse("2026-11-25T07:15:00Z"));
	}

	@Test
	void stopsAtTheEndOfTheDayAndGoesOnTheNextMorning() {
		// Wednesday 17:50 in Moscow, 15 minutes: 10 today, 5 on Thursday from 09:00
		assertThat(WorkingClock.plusWorkingMinutes(moscow(null, null), Instant.parse("2026-11-25T14:50:00Z"), 15))
			.isEqualTo(Instant.parse("2026-11-26T06:05:00Z"));
	}

	@Test
	void skipsTheWeekendAndStartsAtNineWhenTheClockStartsAtNight() {
		// Friday 20:00 in Moscow: Monday 09:30
		assertThat(WorkingClock.plusWorkingMinutes(moscow(null, null), Instant.parse("2026-11-27T17:00:00Z"), 30))
			.isEqualTo(Instant.parse("2026-11-30T06:30:00Z"));
	}

	@Test
	void skipsDaysOutOfOffice() {
		RepProfile away = moscow(LocalDate.parse("2026-11-26"), LocalDate.parse("2026-11-27"));
		// Wednesday 17:55 in Moscow, 60 minutes: 5 today, away Thursday and Friday, 55 on
		// Monday
		assertThat(WorkingClock.plusWorkingMinutes(away, Instant.parse("2026-11-25T14:55:00Z"), 60))
			.isEqualTo(Instant.parse("2026-11-30T06:55:00Z"));
	}

}
