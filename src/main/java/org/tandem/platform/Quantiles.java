package org.tandem.platform;

import java.time.Duration;

import org.jspecify.annotations.Nullable;

/**
 * Quantiles of measured durations, by nearest rank: always one of the values measured.
 */
public final class Quantiles {

	private Quantiles() {
	}

	/**
	 * The duration below which a share {@code q} (0–1) of the sorted milliseconds lie;
	 * null when there are none.
	 */
	public static @Nullable Duration nearestRank(long[] sortedMillis, double q) {
		if (sortedMillis.length == 0) {
			return null;
		}
		int rank = (int) Math.ceil(q * sortedMillis.length);
		return Duration.ofMillis(sortedMillis[Math.max(0, rank - 1)]);
	}

}
