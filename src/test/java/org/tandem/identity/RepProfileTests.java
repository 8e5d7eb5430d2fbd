package org.tandem.identity;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RepProfileTests {

	private static RepProfile moscowRep(LocalDate awayFrom, LocalDate awayUntil) {
		return new RepProfile(new UserId(UUID.randomUUID()), Set.of(), Set.of("finance"), Set.of(), Set.of("ru"),
				DealSizeBand.ENTERPRISE, 40, ZoneId.of("Europe/Moscow"), LocalTime.of(9, 0), LocalTime.of(18, 0),
				EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), awayFrom, awayUntil);
	}

	@Test
	void availableDuringWorkingHoursInTheRepsOwnZone() {
		RepProfile rep = moscowRep(null, null);
		// Wednesday 2026-11-25 07:00 UTC is 10:00 in Moscow
		assertThat(rep.availableAt(Instant.parse("2026-11-25T07:00:00Z"))).isTrue();
		// 05:30 UTC is 08:30 in Moscow: not yet
		assertThat(rep.availableAt(Instant.parse("2026-11-25T05:30:00Z"))).isFalse();
		// 15:00 UTC is 18:00 in Moscow: the day is over
		assertThat(rep.availableAt(Instant.parse("2026-11-25T15:00:00Z"))).isFalse();
	}

	@Test
	void notAvailableAtWeekendsOrOutOfOffice() {
		assertThat(moscowRep(null, null).availableAt(Instant.parse("2026-11-28T09:00:00Z"))).isFalse();
		RepProfile away = moscowRep(LocalDate.parse("2026-11-24"), LocalDate.parse("2026-11-26"));
		assertThat(away.availableAt(Instant.parse("2026-11-25T09:00:00Z"))).isFalse();
		assertThat(away.availableAt(Instant.parse("2026-11-27T09:00:00Z"))).isTrue();
	}

}
