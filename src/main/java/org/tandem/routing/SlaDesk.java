package org.tandem.routing;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactSummary;
import org.tandem.identity.RepProfile;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.routing.domain.LeadFacts;
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

	private final LeadFacts facts;

	private final Clock clock;

	SlaDesk(SlaStore store, UserDirectory directory, LeadFacts facts, Clock clock) {
		this.store = store;
		this.directory = directory;
		this.facts = facts;
		this.clock = clock;
	}

	/** Starts the deadline of a rep for a lead in a stage, when a policy covers it. */
	public Optional<SlaTimer> start(ContactSummary lead, UserId rep, String stage) {
		Optional<RepProfile> profile = this.directory.profile(rep);
		Optional<SlaPolicy> policy = this.store.policy(stage, this.facts.lead(lead).segment());
		if (profile.isEmpty() || policy.isEmpty()) {
			return Optional.empty();
		}
		Instant now = this.clock.instant();
		SlaPolicy rule = policy.get();
		RepProfile calendar = profile.get();
		SlaTimer timer = new SlaTimer(UUID.randomUUID(), lead.id(), rep, stage, now,
				WorkingClock.plusWorkingMinutes(calendar, now, Math.max(0, rule.respondMinutes() - rule.warnMinutes())),
				WorkingClock.plusWorkingMinutes(calendar, now, rule.respondMinutes()),
				WorkingClock.plusWorkingMinutes(calendar, now, (long) rule.respondMinutes() + rule.reassignMinutes()),
				null, null, null, null);
		this.store.start(timer);
		return Optional.of(timer);
	}

	/** The lead was handled in this stage: its deadline is met (or stays breached). */
	public void met(ContactId lead, String stage) {
		this.store.close(lead, stage, "MET", this.clock.instant());
	}

	/** The lead changed hands or left the funnel's hand-off: its deadlines stop. */
	public void cancel(ContactId lead) {
		this.store.close(lead, null, "CANCELLED", this.clock.instant());
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
