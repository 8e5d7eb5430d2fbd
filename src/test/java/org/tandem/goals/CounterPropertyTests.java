package org.tandem.goals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.jspecify.annotations.Nullable;

import org.tandem.goals.domain.CounterKey;
import org.tandem.goals.domain.Journey;
import org.tandem.goals.domain.JourneyStore;
import org.tandem.goals.domain.Measure;
import org.tandem.goals.domain.SpanKey;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kept counters, moved change by change, always equal the counters of the leads as
 * they are at the end, whatever the order of the changes, in any time zone.
 */
class CounterPropertyTests {

	static final List<UUID> LEADS = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());

	/** One change: which lead, and what it becomes (null: it is gone). */
	record Change(int lead, @Nullable Journey journey) {
	}

	@Property(tries = 300)
	void countersMovedByDeltasEqualCountersOfTheEnd(@ForAll("changes") List<Change> changes,
			@ForAll("zones") ZoneId zone) {
		Map<UUID, Journey> current = new HashMap<>();
		Map<CounterKey, Long> kept = new HashMap<>();
		for (Change change : changes) {
			UUID lead = LEADS.get(change.lead());
			Map<UUID, @Nullable Journey> now = new HashMap<>();
			now.put(lead, change.journey() == null ? null : withId(change.journey(), lead));
			JourneyStore.deltas(current, now, zone).forEach((key, delta) -> kept.merge(key, delta, Long::sum));
			if (change.journey() == null) {
				current.remove(lead);
			}
			else {
				current.put(lead, withId(change.journey(), lead));
			}
		}
		Map<CounterKey, Long> expected = new HashMap<>();
		current.values().forEach(journey -> journey.counters(zone).forEach(key -> expected.merge(key, 1L, Long::sum)));
		kept.values().removeIf(n -> n == 0);
		assertThat(kept).isEqualTo(expected);
		assertThat(kept.values()).allMatch(n -> n > 0);
	}

	@Property(tries = 300)
	void spanHistogramsMovedByDeltasEqualTheHistogramsOfTheEnd(@ForAll("changes") List<Change> changes,
			@ForAll("zones") ZoneId zone) {
		Map<UUID, Journey> current = new HashMap<>();
		Map<SpanKey, Long> kept = new HashMap<>();
		for (Change change : changes) {
			UUID lead = LEADS.get(change.lead());
			Map<UUID, @Nullable Journey> now = new HashMap<>();
			now.put(lead, change.journey() == null ? null : withId(change.journey(), lead));
			JourneyStore.deltas(current, now, journey -> journey.spans(zone))
				.forEach((key, delta) -> kept.merge(key, delta, Long::sum));
			if (change.journey() == null) {
				current.remove(lead);
			}
			else {
				current.put(lead, withId(change.journey(), lead));
			}
		}
		Map<SpanKey, Long> expected = new HashMap<>();
		current.values().forEach(journey -> journey.spans(zone).forEach(key -> expected.merge(key, 1L, Long::sum)));
		kept.values().removeIf(n -> n == 0);
		assertThat(kept).isEqualTo(expected);
		assertThat(kept.keySet()).allMatch(key -> key.days() >= 0);
	}

	@Property(tries = 200)
	void everySliceAddsUpToTheWhole(@ForAll("journeys") Journey journey, @ForAll("zones") ZoneId zone) {
		Map<Slice, Long> perSlice = new HashMap<>();
		journey.counters(zone).forEach(key -> perSlice.merge(key.slice(), 1L, Long::sum));
		long measures = java.util.Arrays.stream(Measure.values())
			.filter(measure -> measure.countsAt(journey) != null)
			.count();
		for (Slice slice : Slice.values()) {
			assertThat(perSlice.getOrDefault(slice, 0L)).isEqualTo(measures);
		}
	}

	@Provide
	Arbitrary<ZoneId> zones() {
		return Arbitraries.of(ZoneId.of("UTC"), ZoneId.of("Europe/Moscow"), ZoneId.of("America/Los_Angeles"),
				ZoneId.of("Asia/Kathmandu"));
	}

	@Provide
	Arbitrary<List<Change>> changes() {
		Arbitrary<Change> change = Combinators
			.combine(Arbitraries.integers().between(0, LEADS.size() - 1), journeys().injectNull(0.2))
			.as(Change::new);
		return change.list().ofMinSize(1).ofMaxSize(12);
	}

	@Provide
	Arbitrary<Journey> journeys() {
		Arbitrary<Instant> at = Arbitraries.longs()
			.between(Instant.parse("2024-01-01T00:00:00Z").getEpochSecond(),
					Instant.parse("2024-03-01T00:00:00Z").getEpochSecond())
			.map(Instant::ofEpochSecond);
		Arbitrary<@Nullable Instant> maybe = at.injectNull(0.5);
		Arbitrary<@Nullable String> channel = Arbitraries.of("WEBINAR", "EMAIL", "SOCIAL").injectNull(0.2);
		Arbitrary<@Nullable String> campaign = Arbitraries.of("Spring", "Autumn").injectNull(0.3);
		Arbitrary<@Nullable UUID> owner = Arbitraries.of(LEADS).injectNull(0.3);
		return Combinators.combine(at, maybe, maybe, maybe, maybe, maybe, maybe, maybe)
			.as((entered, mql, sql, opportunity, won, lost, rejected, disqualified) -> new Journey(LEADS.get(0),
					entered, mql, sql, opportunity, won, lost, rejected, disqualified, "LEAD", null, null, null, null))
			.flatMap(journey -> Combinators.combine(owner, channel, campaign)
				.as((who, via, what) -> new Journey(journey.contact(), journey.entered(), journey.mql(), journey.sql(),
						journey.opportunity(), journey.won(), journey.lost(), journey.rejected(),
						journey.disqualified(), journey.stage(), who, via, what, null)));
	}

	static Journey withId(Journey journey, UUID id) {
		return new Journey(id, journey.entered(), journey.mql(), journey.sql(), journey.opportunity(), journey.won(),
				journey.lost(), journey.rejected(), journey.disqualified(), journey.stage(), journey.owner(),
				journey.channel(), journey.campaign(), journey.segment());
	}

}
