package org.tandem.routing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.UserId;
import org.tandem.platform.Phrase;
import org.tandem.routing.domain.LeadFacts;
import org.tandem.routing.domain.RepCandidate;
import org.tandem.routing.domain.RepPicker;
import org.tandem.routing.domain.RepPool;
import org.tandem.routing.domain.RoutingLead;
import org.tandem.routing.domain.RoutingStore;

/**
 * Chooses the rep for a qualified lead: the account's owner when they can take it, else
 * the first assignment rule that applies and has an eligible rep, else the fallback
 * queue. The decision and its reasons are stored, and the hand-off desk does the rest.
 */
@Service
@Transactional
public class LeadRouter {

	static final String ACCOUNT_OWNER = "Account owner";

	static final String FALLBACK = "Fallback queue";

	private final LeadFacts facts;

	private final RepPool pool;

	private final RoutingStore store;

	private final HandoffDesk handoff;

	private final Clock clock;

	LeadRouter(LeadFacts facts, RepPool pool, RoutingStore store, HandoffDesk handoff, Clock clock) {
		this.facts = facts;
		this.pool = pool;
		this.store = store;
		this.handoff = handoff;
		this.clock = clock;
	}

	/**
	 * Routes a lead, passing over the reps in {@code excluded} (e.g. the one who let its
	 * deadline lapse).
	 */
	public Optional<Assignment> route(ContactId contact, Set<UserId> excluded) {
		List<RepCandidate> reps = this.pool.candidates()
			.stream()
			.filter(rep -> !excluded.contains(rep.rep().id()))
			.toList();
		return this.facts.contact(contact).map(person -> route(person, reps, this.store.rules()));
	}

	/**
	 * Routes many leads against one reading of the reps and rules, each assignment
	 * counting against its rep for the next lead: the batch a transaction gathered before
	 * it commits.
	 */
	public void routeAll(List<ContactSummary> leads) {
		if (leads.isEmpty()) {
			return;
		}
		List<RepCandidate> reps = new ArrayList<>(this.pool.candidates());
		List<RoutingRule> rules = this.store.rules();
		Map<ContactId, RoutingLead> facts = this.facts.leads(leads);
		List<HandoffDesk.Handoff> handoffs = new ArrayList<>();
		for (ContactSummary lead : leads) {
			RoutingLead known = facts.get(lead.id());
			Assignment assignment = decide(lead, known, reps, rules);
			handoffs.add(new HandoffDesk.Handoff(lead, known, assignment));
			// each assignment counts for the next decision of the batch
			for (int i = 0; i < reps.size(); i++) {
				if (reps.get(i).rep().id().equals(assignment.rep())) {
					reps.set(i, reps.get(i).withOneMore(this.clock.instant()));
				}
			}
		}
		this.handoff.handOffAll(handoffs);
	}

	private Assignment route(ContactSummary person, List<RepCandidate> reps, List<RoutingRule> rules) {
		RoutingLead lead = this.facts.lead(person);
		Assignment assignment = decide(person, lead, reps, rules);
		this.handoff.handOffAll(List.of(new HandoffDesk.Handoff(person, lead, assignment)));
		return assignment;
	}

	/** Picks the rep, records why, and counts the lead in the rep's workload. */
	private Assignment decide(ContactSummary person, RoutingLead lead, List<RepCandidate> reps,
			List<RoutingRule> rules) {
		Instant now = this.clock.instant();
		LocalDate today = now.atZone(ZoneOffset.UTC).toLocalDate();
		Assignment assignment = byAccountOwner(lead, reps, now, today)
			.orElseGet(() -> byRules(lead, reps, rules, now, today));
		this.store.record(assignment, person.owner());
		if (assignment.rep() != null) {
			this.pool.assigned(assignment.rep(), now);
		}
		return assignment;
	}

	private Optional<Assignment> byAccountOwner(RoutingLead lead, List<RepCandidate> reps, Instant now,
			LocalDate today) {
		if (lead.accountOwner() == null) {
			return Optional.empty();
		}
		List<RepCandidate> owner = reps.stream().filter(rep -> rep.rep().id().equals(lead.accountOwner())).toList();
		RepPicker.Pick pick = RepPicker.pick(owner, lead, null, now, today);
		return Optional.ofNullable(pick.winner())
			.map(winner -> new Assignment(lead.contact(), winner.rep().id(), winner.rep().displayName(), ACCOUNT_OWNER,
					Phrase.of("routing.why.accountOwner"), pick.candidates(), now));
	}

	private Assignment byRules(RoutingLead lead, List<RepCandidate> reps, List<RoutingRule> rules, Instant now,
			LocalDate today) {
		List<Assignment.Candidate> lastCandidates = List.of();
		for (RoutingRule rule : rules) {
			if (!RepPicker.applies(rule, lead)) {
				continue;
			}
			RepPicker.Pick pick = RepPicker.pick(reps, lead, rule, now, today);
			lastCandidates = pick.candidates();
			if (pick.winner() != null) {
				RepCandidate winner = pick.winner();
				return new Assignment(lead.contact(), winner.rep().id(), winner.rep().displayName(), rule.name(),
						reason(winner, now), pick.candidates(), now);
			}
		}
		return new Assignment(lead.contact(), null, null, FALLBACK, Phrase.of("routing.why.noRule"), lastCandidates,
				now);
	}

	private static Phrase reason(RepCandidate winner, Instant now) {
		return Phrase.of(winner.profile().availableAt(now) ? "routing.why.atWork" : "routing.why.nextAtWork",
				winner.open(), winner.profile().capacity());
	}

}
