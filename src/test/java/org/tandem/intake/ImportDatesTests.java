package org.tandem.intake;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.tandem.intake.domain.ImportDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The date formats of history files: detected from samples, read in the reporting time
 * zone, and strict about dates that do not exist.
 */
class ImportDatesTests {

	private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	@Test
	void detectsTheFormatThatReadsEverySample() {
		assertThat(ImportDates.detect(List.of("2024-03-05", "2024-12-31 14:30", ""))).isEqualTo(ImportDates.ISO);
		assertThat(ImportDates.detect(List.of("05.03.2024", "5.3.2024 9:15"))).isEqualTo("d.M.uuuu");
		assertThat(ImportDates.detect(List.of("05/03/2024", "13/03/2024"))).isEqualTo("d/M/uuuu");
		assertThat(ImportDates.detect(List.of("05/03/2024", "03/13/2024", "03/14/2024"))).isEqualTo("M/d/uuuu");
		assertThat(ImportDates.detect(List.of("2024/3/5"))).isEqualTo("uuuu/M/d");
		assertThat(ImportDates.detect(List.of("yesterday"))).as("nothing reads it: ISO, and each row is reported")
			.isEqualTo(ImportDates.ISO);
	}

	@Test
	void readsDatesAsTheStartOfTheDayAndTimesAsLocalTimeInTheReportingZone() {
		assertThat(ImportDates.parse("25.03.2024", "d.M.uuuu", MOSCOW)).contains(Instant.parse("2024-03-24T21:00:00Z"));
		assertThat(ImportDates.parse("25.03.2024 14:30", "d.M.uuuu", MOSCOW))
			.contains(Instant.parse("2024-03-25T11:30:00Z"));
		assertThat(ImportDates.parse("2024-03-25T14:30:00+02:00", ImportDates.ISO, MOSCOW))
			.contains(Instant.parse("2024-03-25T12:30:00Z"));
		assertThat(ImportDates.parse("2024-03-25 14:30", ImportDates.ISO, MOSCOW))
			.contains(Instant.parse("2024-03-25T11:30:00Z"));
	}

	@Test
	void refusesDatesThatDoNotExist() {
		assertThat(ImportDates.parse("31.02.2024", "d.M.uuuu", MOSCOW)).isEmpty();
		assertThat(ImportDates.parse("2023-02-29", ImportDates.ISO, MOSCOW)).isEmpty();
		assertThat(ImportDates.parse("25.03.2024", ImportDates.ISO, MOSCOW)).isEmpty();
	}

	@Test
	void readsAmountsAsExported() {
		assertThat(HistoryImport.amount("12 500,50")).isEqualByComparingTo("12500.50");
		assertThat(HistoryImport.amount("12,500.50")).isEqualByComparingTo("12500.50");
		assertThat(HistoryImport.amount("12.500,50")).isEqualByComparingTo("12500.50");
		assertThat(HistoryImport.amount("12,500")).isEqualByComparingTo("12500");
		assertThat(HistoryImport.amount("99,9")).isEqualByComparingTo("99.9");
		assertThat(HistoryImport.amount("1000")).isEqualByComparingTo("1000");
		assertThat(HistoryImport.amount("lots")).isNull();
	}

}
