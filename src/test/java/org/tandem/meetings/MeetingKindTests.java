package org.tandem.meetings;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When each kind of meeting falls, and how an agenda words a change on the period before.
 */
class MeetingKindTests {

	private static final LocalDate FIRST = LocalDate.of(2026, 1, 1);

	@Test
	void aWeeklyMeetingFallsOnItsWeekdayFromItsFirstDay() {
		assertThat(MeetingKind.WEEKLY_STATUS.next(FIRST, DayOfWeek.MONDAY, LocalDate.of(2026, 11, 27)))
			.isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(MeetingKind.WEEKLY_STATUS.next(FIRST, DayOfWeek.MONDAY, LocalDate.of(2026, 11, 30)))
			.as("on the day itself")
			.isEqualTo(LocalDate.of(2026, 11, 30));
		assertThat(
				MeetingKind.WEEKLY_STATUS.next(LocalDate.of(2027, 1, 1), DayOfWeek.MONDAY, LocalDate.of(2026, 11, 27)))
			.as("not before the series begins")
			.isEqualTo(LocalDate.of(2027, 1, 4));
	}

	@Test
	void aMonthlyMeetingFallsOnTheFirstWeekdayOfEachMonth() {
		assertThat(MeetingKind.MONTHLY_STRATEGY.next(FIRST, DayOfWeek.TUESDAY, LocalDate.of(2026, 11, 27)))
			.isEqualTo(LocalDate.of(2026, 12, 1));
		assertThat(MeetingKind.MONTHLY_STRATEGY.next(FIRST, DayOfWeek.TUESDAY, LocalDate.of(2026, 12, 2)))
			.isEqualTo(LocalDate.of(2027, 1, 5));
	}

	@Test
	void aQuarterlyMeetingFallsInTheFirstMonthOfEachQuarter() {
		assertThat(MeetingKind.QUARTERLY_STRATEGY.next(FIRST, DayOfWeek.MONDAY, LocalDate.of(2026, 11, 27)))
			.isEqualTo(LocalDate.of(2027, 1, 4));
		assertThat(MeetingKind.QUARTERLY_STRATEGY.next(FIRST, DayOfWeek.MONDAY, LocalDate.of(2026, 4, 1)))
			.isEqualTo(LocalDate.of(2026, 4, 6));
	}

	@Test
	void aOneOffMeetingFallsOnceAndNeverAgain() {
		LocalDate day = LocalDate.of(2026, 12, 3);
		assertThat(MeetingKind.AD_HOC.next(day, DayOfWeek.MONDAY, LocalDate.of(2026, 11, 27))).isEqualTo(day);
		assertThat(MeetingKind.AD_HOC.next(day, DayOfWeek.MONDAY, day.plusDays(1))).isNull();
	}

	@Test
	void aChangeIsASignedPercentageAndNothingFromZero() {
		assertThat(AgendaFiller.change(new BigDecimal("12"), new BigDecimal("10"))).isEqualTo("+20%");
		assertThat(AgendaFiller.change(new BigDecimal("9"), new BigDecimal("12"))).isEqualTo("-25%");
		assertThat(AgendaFiller.change(new BigDecimal("5"), BigDecimal.ZERO)).isEqualTo("—");
		assertThat(AgendaFiller.change(null, new BigDecimal("3"))).isEqualTo("—");
	}

}
