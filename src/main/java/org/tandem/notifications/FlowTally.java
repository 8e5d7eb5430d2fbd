package org.tandem.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.notifications.domain.NotificationStore.Sent;
import org.tandem.platform.Quantiles;

/**
 * Counts bell messages and deliveries into an {@link InformationFlow}, one at a time, so
 * a month of them is never held as rows: only a duration per reaction is kept.
 */
final class FlowTally {

	/** The channels that can tell whether a message was read or followed. */
	private static final Set<String> TRACKED = Set.of("IN_APP", "EMAIL", "DIGEST");

	private static final List<String> CHANNELS = List.of("IN_APP", "EMAIL", "DIGEST", "SLACK", "TEAMS", "WEBHOOK");

	private final Map<Topic, Map<String, Counts>> lines = new EnumMap<>(Topic.class);

	private final Map<UUID, Event> events = new HashMap<>();

	private static final class Counts {

		long messages;

		long delivered;

		long failed;

		long reacted;

		final Durations reactions = new Durations();

	}

	private static final class Event {

		final Topic topic;

		Instant at;

		@Nullable Instant reacted;

		Event(Topic topic, Instant at) {
			this.topic = topic;
			this.at = at;
		}

	}

	/** Durations in milliseconds, grown as needed. */
	private static final class Durations {

		private long[] values = new long[16];

		private int size;

		void add(long millis) {
			if (this.size == this.values.length) {
				this.values = Arrays.copyOf(this.values, this.size * 2);
			}
			this.values[this.size++] = millis;
		}

		/** The value below which a share {@code q} of them lie (nearest rank). */
		@Nullable Duration quantile(double q) {
			long[] sorted = Arrays.copyOf(this.values, this.size);
			Arrays.sort(sorted);
			return Quantiles.nearestRank(sorted, q);
		}

	}

	void add(Sent sent) {
		Counts counts = this.lines.computeIfAbsent(sent.topic(), topic -> new HashMap<>())
			.computeIfAbsent(sent.channel(), channel -> new Counts());
		counts.messages++;
		if ("SENT".equals(sent.status())) {
			counts.delivered++;
		}
		else if ("DEAD".equals(sent.status())) {
			counts.failed++;
		}
		Event event = this.events.computeIfAbsent(sent.event(), id -> new Event(sent.topic(), sent.at()));
		if (sent.at().isBefore(event.at)) {
			event.at = sent.at();
		}
		Instant reacted = sent.reactedAt();
		if (reacted != null) {
			counts.reacted++;
			counts.reactions.add(Math.max(0, Duration.between(sent.at(), reacted).toMillis()));
			if (event.reacted == null || reacted.isBefore(event.reacted)) {
				event.reacted = reacted;
			}
		}
	}

	InformationFlow result(Instant since, Instant until, Map<String, Long> comments) {
		List<InformationFlow.Line> lines = new ArrayList<>();
		this.lines.forEach((topic, byChannel) -> {
			for (String channel : CHANNELS) {
				Counts counts = byChannel.get(channel);
				if (counts == null) {
					continue;
				}
				boolean tracked = TRACKED.contains(channel);
				lines.add(new InformationFlow.Line(topic, channel, counts.messages, counts.delivered, counts.failed,
						tracked ? counts.reacted : null, tracked ? counts.reactions.quantile(0.5) : null));
			}
		});
		Map<Topic, long[]> eventCounts = new TreeMap<>();
		Map<Topic, Durations> waits = new EnumMap<>(Topic.class);
		for (Event event : this.events.values()) {
			long[] count = eventCounts.computeIfAbsent(event.topic, topic -> new long[2]);
			count[0]++;
			if (event.reacted != null) {
				count[1]++;
				waits.computeIfAbsent(event.topic, topic -> new Durations())
					.add(Math.max(0, Duration.between(event.at, event.reacted).toMillis()));
			}
		}
		List<InformationFlow.Reaction> reactions = new ArrayList<>();
		eventCounts.forEach((topic, count) -> {
			Durations wait = waits.getOrDefault(topic, new Durations());
			reactions
				.add(new InformationFlow.Reaction(topic, count[0], count[1], wait.quantile(0.5), wait.quantile(0.9)));
		});
		Map<String, Long> sortedComments = new LinkedHashMap<>();
		comments.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
			.forEach(entry -> sortedComments.put(entry.getKey(), entry.getValue()));
		return new InformationFlow(since, until, lines, reactions, sortedComments);
	}

}
