package org.tandem.routing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.RepProfile;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.routing.domain.RoutingLead;
import org.tandem.routing.domain.SlaStore;
import org.tandem.routing.domain.WorkingClock;

/**
 * Starts and stops hand-off deadlines. A deadline is counted in the rep's working minutes
 * from the policy of the lead's stage and segment.
 */
@Service
@Transactional
public class SlaDesk {

	private final SlaStore store;

	private final UserDirectory directory;

	private final Clock clock;

	SlaDesk(SlaStore store, UserDirectory directory, Clock clock) {
		this.store = store;
		this.directory = directory;
		this.clock = clock;
	}

	/** A deadline to start: the lead, what routing knows of it, the rep and the stage. */
	public record Start(ContactSummary lead, RoutingLead facts, UserId rep, String stage) {
	}

	/**
	 * Starts many deadlines at once (the leads of a group handed off together); the
	 * answer is the timers started, for those a policy covers.
	 */
	public List<SlaTimer> startAll(List<Start> starts) {
		if (starts.isEmpty()) {
			return List.of();
		}
		Map<UserId, RepProfile> profiles = this.directory
			.profiles(starts.stream().map(Start::rep).collect(Collectors.toSet()));
		List<SlaPolicy> policies = this.store.policies();
		Instant now = this.clock.instant();
		List<SlaTimer> timers = new ArrayList<>();
		for (Start start : starts) {
			RepProfile calendar = profiles.get(start.rep());
			Optional<SlaPolicy> policy = SlaStore.policy(policies, start.stage(), start.facts().segment());
			if (calendar == null || policy.isEmpty()) {
				continue;
			}
			SlaPolicy rule = policy.get();
			timers.add(new SlaTimer(UUID.randomUUID(), start.lead().id(), start.rep(), start.stage(), now,
					WorkingClock.plusWorkingMinutes(calendar, now,
							Math.max(0, rule.respondMinutes() - rule.warnMinutes())),
					WorkingClock.plusWorkingMinutes(calendar, now, rule.respondMinutes()), WorkingClock
						.plusWorkingMinutes(calendar, now, (long) rule.respondMinutes() + rule.reassignMinutes()),
					null, null, null, null));
		}
		this.store.start(timers);
		return timers;
	}

	/** The lead was handled in this stage: its deadline is met (or stays breached). */
	public void met(ContactId lead, String stage) {
		metAll(List.of(new Met(lead, stage)));
	}

	/** A lead handled in a stage. */
	public record Met(ContactId lead, String stage) {
	}

	/** {@link #met} for many leads at once, one statement per stage. */
	public void metAll(List<Met> handled) {
		Instant now = this.clock.instant();
		handled.stream()
			.collect(Collectors.groupingBy(Met::stage, LinkedHashMap::new,
					Collectors.mapping(Met::lead, Collectors.toList())))
			.forEach((stage, leads) -> this.store.closeAll(leads, stage, "MET", now));
	}

	/** The lead changed hands or left the funnel's hand-off: its deadlines stop. */
	public void cancel(ContactId lead) {
		cancelAll(List.of(lead));
	}

	/** {@link #cancel} for many leads at once. */
	public void cancelAll(Collection<ContactId> leads) {
		this.store.closeAll(leads, null, "CANCELLED", this.clock.instant());
	}

	/**
	 * Per rep, the deadlines that fell due from {@code from} until {@code to} and whether
	 * each was kept.
	 */
	@Transactional(readOnly = true)
	public Map<UserId, SlaCompliance> compliance(Instant from, Instant to) {
		return this.store.compliance(from, to);
	}

	/**
	 * How long reps took to meet each deadline started from {@code from} until
	 * {@code to}.
	 */
	@Transactional(readOnly = true)
	public List<Duration> responseTimes(Instant from, Instant to) {
		return this.store.responseTimes(from, to);
	}

	@Transactional(readOnly = true)
	public List<SlaTimer> open(ContactId lead) {
		return this.store.open(lead);
	}

	@Transactional(readOnly = true)
	public List<SlaTimer> history(ContactId lead) {
		return this.store.history(lead);
	}

}
