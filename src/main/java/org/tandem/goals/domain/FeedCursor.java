package org.tandem.goals.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a reader of a change feed stands: the highest position read, and the lower
 * positions not seen yet. A position is missing either because its transaction rolled
 * back or because it was still open when the feed was read; the reader asks for missing
 * positions again until they turn up or have been missing for longer than any transaction
 * lasts.
 */
public final class FeedCursor {

	/** Missing positions kept at most; beyond that, the oldest are given up first. */
	static final int MAX_GAPS = 50_000;

	private long position;

	private final TreeMap<Long, Instant> gaps;

	public FeedCursor(long position, Map<Long, Instant> gaps) {
		this.position = position;
		this.gaps = new TreeMap<>(gaps);
	}

	public long position() {
		return this.position;
	}

	/** The missing positions, with when each was first found missing. */
	public Map<Long, Instant> gaps() {
		return new TreeMap<>(this.gaps);
	}

	/**
	 * Takes in the positions read after {@link #position()} (in any order) and the
	 * missing positions that turned up; positions skipped over become missing.
	 */
	public void saw(Collection<Long> positions, Instant now) {
		positions.forEach(this.gaps::remove);
		long highest = positions.stream().mapToLong(Long::longValue).max().orElse(this.position);
		if (highest <= this.position) {
			return;
		}
		java.util.Set<Long> read = positions.stream().collect(Collectors.toSet());
		for (long missing = this.position + 1; missing < highest; missing++) {
			if (!read.contains(missing)) {
				this.gaps.put(missing, now);
			}
		}
		this.position = highest;
		while (this.gaps.size() > MAX_GAPS) {
			this.gaps.pollFirstEntry();
		}
	}

	/** Gives up positions missing for longer than {@code patience}. */
	public void expire(Instant now, Duration patience) {
		this.gaps.values().removeIf(since -> since.plus(patience).isBefore(now));
	}

	/**
	 * The missing positions written as text: {@code position:epochMillis}, comma
	 * separated.
	 */
	public String gapsText() {
		return this.gaps.entrySet()
			.stream()
			.map(gap -> gap.getKey() + ":" + gap.getValue().toEpochMilli())
			.collect(Collectors.joining(","));
	}

	public static Map<Long, Instant> parseGaps(String text) {
		Map<Long, Instant> gaps = new TreeMap<>();
		if (!text.isBlank()) {
			for (String gap : text.split(",")) {
				int colon = gap.indexOf(':');
				gaps.put(Long.parseLong(gap.substring(0, colon)),
						Instant.ofEpochMilli(Long.parseLong(gap.substring(colon + 1))));
			}
		}
		return gaps;
	}

}
