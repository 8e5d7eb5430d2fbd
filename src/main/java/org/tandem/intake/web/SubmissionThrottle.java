package org.tandem.intake.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A per-address limit on public requests: at most {@code limit} in a sliding window. It
 * is kept in memory, per instance; a spammer spread over many instances gets a little
 * more.
 */
class SubmissionThrottle {

	private static final int MAX_ADDRESSES = 100_000;

	private final Map<String, Deque<Instant>> recent = new ConcurrentHashMap<>();

	private final int limit;

	private final Duration window;

	private final Clock clock;

	SubmissionThrottle(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Counts a submission from an address; returns how long it must wait when over the
	 * limit, or zero when it may go on.
	 */
	Duration admit(String address) {
		Instant now = this.clock.instant();
		if (this.recent.size() > MAX_ADDRESSES) {
			this.recent.entrySet().removeIf(entry -> expired(entry.getValue(), now));
		}
		Deque<Instant> times = this.recent.computeIfAbsent(address, key -> new ArrayDeque<>());
		synchronized (times) {
			while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(this.window))) {
				times.pollFirst();
			}
			if (times.size() >= this.limit) {
				return Duration.between(now, times.peekFirst().plus(this.window)).plusSeconds(1);
			}
			times.addLast(now);
			return Duration.ZERO;
		}
	}

	private boolean expired(Deque<Instant> times, Instant now) {
		synchronized (times) {
			return times.isEmpty() || !times.peekLast().isAfter(now.minus(this.window));
		}
	}

}
