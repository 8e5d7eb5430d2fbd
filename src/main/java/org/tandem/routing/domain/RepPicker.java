package org.tandem.routing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.DealSizeBand;
import org.tandem.routing.Assignment;
import org.tandem.routing.LeadAttribute;
import org.tandem.routing.RoutingRule;
import org.tandem.platform.Phrase;

/**
 * Chooses a rep for a lead under one rule, and says why about every candidate: out of
 * office and full reps are passed over, specialists are preferred when the rule asks for
 * them, and among the rest those at work now come first, then the least loaded, then
 * whoever waited longest for a lead (round robin).
 */
public final class RepPicker {

	private RepPicker() {
	}

	/** The outcome under one rule: the winner, if any, and a note on every candidate. */
	public record Pick(@Nullable RepCandidate winner, List<Assignment.Candidate> candidates) {
	}

	public static boolean applies(RoutingRule rule, RoutingLead lead) {
		if (!rule.active()) {
			return false;
		}
		if (rule.attribute() == LeadAttribute.ANY) {
			return true;
		}
		String value = lead.value(rule.attribute());
		return value != null && items(rule.values()).contains(value.strip().toLowerCase(Locale.ROOT));
	}

	public static Pick pick(List<RepCandidate> reps, RoutingLead lead, @Nullable RoutingRule rule, Instant now,
			LocalDate today) {
		List<RepCandidate> eligible = new ArrayList<>();
		List<@Nullable Phrase> notes = new ArrayList<>();
		for (RepCandidate rep : reps) {
			Phrase note = objection(rep, lead, rule, today);
			notes.add(note);
			if (note == null) {
				eligible.add(rep);
			}
		}
		Optional<RepCandidate> winner = eligible.stream()
			.min(Comparator.comparing((RepCandidate rep) -> !rep.profile().availableAt(now))
				.thenComparingDouble(RepCandidate::load)
				.thenComparing(rep -> rep.lastAssignedAt() == null ? Instant.EPOCH : rep.lastAssignedAt()));
		List<Assignment.Candidate> candidates = new ArrayList<>();
		for (int i = 0; i < reps.size(); i++) {
			RepCandidate rep = reps.get(i);
			Phrase against = notes.get(i);
			Phrase note = against != null ? against : Phrase
				.of(winner.isPresent() && winner.get() == rep ? "routing.why.chosen" : "routing.why.eligible");
			candidates.add(new Assignment.Candidate(rep.rep().displayName(), rep.open(), rep.profile().capacity(),
					rep.profile().availableAt(now), note));
		}
		return new Pick(winner.orElse(null), candidates);
	}

	private static @Nullable Phrase objection(RepCandidate rep, RoutingLead lead, @Nullable RoutingRule rule,
			LocalDate today) {
		if (!rep.rep().enabled()) {
			return Phrase.of("routing.why.inactive");
		}
		if (rule != null && rule.team() != null && !rule.team().equals(rep.rep().team())) {
			return Phrase.of("routing.why.otherTeam");
		}
		if (rep.profile().isOutOfOffice(today)) {
			return Phrase.of("routing.why.outOfOffice");
		}
		if (rep.open() >= rep.profile().capacity()) {
			return Phrase.of("routing.why.atCapacity");
		}
		if (rule != null && rule.matchSpecialisation()) {
			return specialisationGap(rep, lead);
		}
		return null;
	}

	private static @Nullable Phrase specialisationGap(RepCandidate rep, RoutingLead lead) {
		if (!covers(rep.profile().industries(), lead.industry())) {
			return Phrase.of("routing.why.industry", lead.industry());
		}
		if (!covers(rep.profile().regions(), lead.region())) {
			return Phrase.of("routing.why.region", lead.region());
		}
		if (!covers(rep.profile().languages(), lead.language())) {
			return Phrase.of("routing.why.language", lead.language());
		}
		DealSizeBand band = rep.profile().dealSizeBand();
		if (lead.segment() != null && band != DealSizeBand.ANY && band != lead.segment()) {
			return Phrase.of("routing.why.band", band, lead.segment());
		}
		return null;
	}

	private static boolean covers(Set<String> specialisations, @Nullable String value) {
		return value == null || specialisations.isEmpty()
				|| specialisations.contains(value.strip().toLowerCase(Locale.ROOT));
	}

	static List<String> items(@Nullable String values) {
		if (values == null) {
			return List.of();
		}
		return Arrays.stream(values.split(","))
			.map(value -> value.strip().toLowerCase(Locale.ROOT))
			.filter(value -> !value.isEmpty())
			.toList();
	}

}
