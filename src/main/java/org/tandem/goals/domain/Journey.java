package org.tandem.goals.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.goals.Slice;

/**
 * One lead as the numbers see it: when it first reached each stage, and what reports cut
 * it by (owner, channel, campaign, segment).
 */
public record Journey(UUID contact, Instant entered, @Nullable Instant mql, @Nullable Instant sql,
		@Nullable Instant opportunity, @Nullable Instant won, @Nullable Instant lost, @Nullable Instant rejected,
		@Nullable Instant disqualified, String stage, @Nullable UUID owner, @Nullable String channel,
		@Nullable String campaign, @Nullable String segment) {

	/** The value of a slice for this lead; the empty string when it has none. */
	public String valueOf(Slice slice) {
		Object value = switch (slice) {
			case ALL -> null;
			case OWNER -> this.owner;
			case CHANNEL -> this.channel;
			case CAMPAIGN -> this.campaign;
			case SEGMENT -> this.segment;
		};
		return value == null ? "" : value.toString();
	}

	/** Every counter this lead adds one to, its days taken in {@code zone}. */
	public List<CounterKey> counters(ZoneId zone) {
		List<CounterKey> keys = new ArrayList<>();
		for (Measure measure : Measure.values()) {
			Instant at = measure.countsAt(this);
			if (at != null) {
				LocalDate day = LocalDate.ofInstant(at, zone);
				for (Slice slice : Slice.values()) {
					keys.add(new CounterKey(day, measure, slice, valueOf(slice)));
				}
			}
		}
		return keys;
	}

	/**
	 * Every histogram bucket this lead adds one to: for each span it went through, its
	 * whole days, on the day (in {@code zone}) it reached the later milestone.
	 */
	public List<SpanKey> spans(ZoneId zone) {
		List<SpanKey> keys = new ArrayList<>();
		for (Span span : Span.values()) {
			Instant at = span.countsAt(this);
			Integer days = span.days(this);
			if (at != null && days != null) {
				keys.add(new SpanKey(LocalDate.ofInstant(at, zone), span, days));
			}
		}
		return keys;
	}

}
