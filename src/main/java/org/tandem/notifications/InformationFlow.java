package org.tandem.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * How news moved between the departments over a period (MISSION 3.2): messages sent per
 * topic and channel, how many were read (the bell) or followed (email), and how long it
 * took from an event to the first person reacting to it.
 *
 * @param lines one per topic and channel that carried anything
 * @param reactions one per topic: its events and how soon someone reacted to each
 * @param comments the comments written on shared records, by the author's department
 * (MARKETING, SALES, LEADERSHIP, or OTHER for people outside them), most first
 */
public record InformationFlow(Instant since, Instant until, List<Line> lines, List<Reaction> reactions,
		Map<String, Long> comments) {

	/**
	 * A topic on a channel.
	 *
	 * @param channel IN_APP, EMAIL, DIGEST, SLACK, TEAMS or WEBHOOK
	 * @param delivered messages that reached the channel (a bell message always does)
	 * @param failed deliveries given up
	 * @param reacted messages read or followed; null where the channel cannot tell
	 * (Slack, Teams, webhooks)
	 */
	public record Line(Topic topic, String channel, long messages, long delivered, long failed, @Nullable Long reacted,
			@Nullable Duration medianReaction) {

		/** The share of delivered messages that were read or followed, 0–1. */
		public @Nullable Double reactedShare() {
			return this.reacted == null || this.delivered == 0 ? null : (double) this.reacted / this.delivered;
		}

		public boolean trackable() {
			return this.reacted != null;
		}

	}

	/**
	 * A topic's events and the time from each to its first reaction on any channel.
	 */
	public record Reaction(Topic topic, long events, long reacted, @Nullable Duration median, @Nullable Duration p90) {
	}

	public long messages() {
		return this.lines.stream().mapToLong(Line::messages).sum();
	}

}
