package org.tandem.notifications;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.tandem.notifications.domain.NotificationStore.Sent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The information flow against a hand-counted fixture: shares of messages read or
 * followed per channel, the median wait, and from each event to its first reaction on any
 * channel.
 */
class FlowTallyTests {

	private static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

	@Test
	void countsPerTopicAndChannelAndTheFirstReactionPerEvent() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		UUID c = UUID.randomUUID();
		FlowTally tally = new FlowTally();
		// event a: read in the bell after a minute, its email followed after 30 s, and a
		// Slack message
		tally.add(new Sent(a, Topic.LEAD_ASSIGNED, "IN_APP", "SENT", T0, T0.plusSeconds(60)));
		tally.add(new Sent(a, Topic.LEAD_ASSIGNED, "EMAIL", "SENT", T0, T0.plusSeconds(30)));
		tally.add(new Sent(a, Topic.LEAD_ASSIGNED, "SLACK", "SENT", T0, null));
		// event b: unread, its email given up
		tally.add(new Sent(b, Topic.LEAD_ASSIGNED, "IN_APP", "SENT", T0, null));
		tally.add(new Sent(b, Topic.LEAD_ASSIGNED, "EMAIL", "DEAD", T0, null));
		// event c: an alert read after ten minutes
		tally.add(new Sent(c, Topic.KPI_ALERT, "IN_APP", "SENT", T0, T0.plus(Duration.ofMinutes(10))));

		InformationFlow flow = tally.result(T0.minus(Duration.ofDays(30)), T0.plusSeconds(3600),
				Map.of("SALES", 2L, "MARKETING", 5L));

		assertThat(flow.messages()).isEqualTo(6);
		assertThat(flow.lines()).containsExactly(
				new InformationFlow.Line(Topic.LEAD_ASSIGNED, "IN_APP", 2, 2, 0, 1L, Duration.ofSeconds(60)),
				new InformationFlow.Line(Topic.LEAD_ASSIGNED, "EMAIL", 2, 1, 1, 1L, Duration.ofSeconds(30)),
				new InformationFlow.Line(Topic.LEAD_ASSIGNED, "SLACK", 1, 1, 0, null, null),
				new InformationFlow.Line(Topic.KPI_ALERT, "IN_APP", 1, 1, 0, 1L, Duration.ofMinutes(10)));
		assertThat(flow.lines().get(0).reactedShare()).isEqualTo(0.5);
		assertThat(flow.lines().get(1).reactedShare()).isEqualTo(1.0);
		assertThat(flow.lines().get(2).reactedShare()).isNull();
		assertThat(flow.reactions()).containsExactly(
				new InformationFlow.Reaction(Topic.LEAD_ASSIGNED, 2, 1, Duration.ofSeconds(30), Duration.ofSeconds(30)),
				new InformationFlow.Reaction(Topic.KPI_ALERT, 1, 1, Duration.ofMinutes(10), Duration.ofMinutes(10)));
		assertThat(flow.comments().keySet()).containsExactly("MARKETING", "SALES");
	}

	@Test
	void theMedianAndTheNinetiethPercentileAreNearestRanks() {
		FlowTally tally = new FlowTally();
		for (int i = 1; i <= 10; i++) {
			tally.add(new Sent(UUID.randomUUID(), Topic.MENTION, "IN_APP", "SENT", T0, T0.plusSeconds(i)));
		}
		tally.add(new Sent(UUID.randomUUID(), Topic.MENTION, "IN_APP", "SENT", T0, null));
		InformationFlow.Reaction reaction = tally.result(T0, T0, Map.of()).reactions().get(0);
		assertThat(reaction.events()).isEqualTo(11);
		assertThat(reaction.reacted()).isEqualTo(10);
		assertThat(reaction.median()).isEqualTo(Duration.ofSeconds(5));
		assertThat(reaction.p90()).isEqualTo(Duration.ofSeconds(9));
	}

}
