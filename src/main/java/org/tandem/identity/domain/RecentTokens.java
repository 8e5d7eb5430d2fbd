package org.tandem.identity.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tokens checked in the last few seconds, by the hash of their secret, so that an
 * integration posting thousands of leads a second is not looked up in the database on
 * every request. Revoking a token, or changing or disabling its owner, forgets them all
 * on this instance at once; another instance notices within the time they are kept.
 */
@Component
public class RecentTokens {

	private static final int MAX_ENTRIES = 10_000;

	private final Map<String, Entry> entries = new ConcurrentHashMap<>();

	private final Duration kept;

	private final Clock clock;

	RecentTokens(@Value("${tandem.security.token-cache:5s}") Duration kept, Clock clock) {
		this.kept = kept;
		this.clock = clock;
	}

	private record Entry(Object value, Instant until) {
	}

	/**
	 * What was found for this hash within the last few seconds, else what {@code lookup}
	 * finds now (an empty answer is not kept).
	 */
	@SuppressWarnings("unchecked")
	public <T> Optional<T> get(String hash, Function<String, Optional<T>> lookup) {
		Instant now = this.clock.instant();
		Entry entry = this.entries.get(hash);
		if (entry != null && now.isBefore(entry.until())) {
			return Optional.of((T) entry.value());
		}
		Optional<T> found = lookup.apply(hash);
		if (this.entries.size() >= MAX_ENTRIES) {
			this.entries.clear();
		}
		found.ifPresentOrElse(value -> this.entries.put(hash, new Entry(value, now.plus(this.kept))),
				() -> this.entries.remove(hash));
		return found;
	}

	public void forgetAll() {
		this.entries.clear();
	}

}
