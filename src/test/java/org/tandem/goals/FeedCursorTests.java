package org.tandem.goals;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.tandem.goals.domain.FeedCursor;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A reader of the funnel's change feed misses nothing that commits late: positions it
 * skipped are asked for again until they turn up or have been missing for too long.
 */
class FeedCursorTests {

	static final Instant NOW = Instant.parse("2026-11-27T10:00:00Z");

	@Test
	void skippedPositionsAreRememberedUntilTheyTurnUp() {
		FeedCursor cursor = new FeedCursor(10, Map.of());
		cursor.saw(List.of(11L, 14L, 12L), NOW);
		assertThat(cursor.position()).isEqualTo(14);
		assertThat(cursor.gaps()).containsOnlyKeys(13L);
		cursor.saw(List.of(13L, 15L), NOW.plusSeconds(1));
		assertThat(cursor.position()).isEqualTo(15);
		assertThat(cursor.gaps()).isEmpty();
	}

	@Test
	void positionsMissingForLongerThanAnyTransactionAreGivenUp() {
		FeedCursor cursor = new FeedCursor(0, Map.of());
		cursor.saw(List.of(3L), NOW);
		cursor.saw(List.of(5L), NOW.plusSeconds(60));
		cursor.expire(NOW.plusSeconds(90), Duration.ofSeconds(45));
		assertThat(cursor.gaps()).containsOnlyKeys(4L);
	}

	@Test
	void readingNothingNewChangesNothing() {
		FeedCursor cursor = new FeedCursor(7, Map.of(5L, NOW));
		cursor.saw(List.of(), NOW);
		assertThat(cursor.position()).isEqualTo(7);
		assertThat(cursor.gaps()).containsOnlyKeys(5L);
	}

	@Test
	void gapsSurviveBeingWrittenDownAndReadBack() {
		FeedCursor cursor = new FeedCursor(0, Map.of());
		cursor.saw(List.of(2L, 5L), NOW);
		FeedCursor read = new FeedCursor(cursor.position(), FeedCursor.parseGaps(cursor.gapsText()));
		assertThat(read.gaps()).isEqualTo(cursor.gaps());
		assertThat(read.gaps()).containsOnlyKeys(1L, 3L, 4L);
	}

}
