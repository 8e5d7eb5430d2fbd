package org.tandem.routing.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ReportingFacts;
import org.tandem.funnel.FunnelReports;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.Milestones;
import org.tandem.identity.RepProfile;
import org.tandem.identity.Role;
import org.tandem.identity.UserDirectory;
import org.tandem.identity.UserId;
import org.tandem.identity.UserSummary;
import org.tandem.platform.DemoMode;
import org.tandem.platform.InLists;
import org.tandem.platform.Phrase;
import org.tandem.routing.Assignment;
import org.tandem.routing.RoutingRule;
import org.tandem.routing.SlaTimer;
import org.tandem.routing.domain.RoutingStore;
import org.tandem.routing.domain.SlaStore;

/**
 * Gives the demo's past hand-offs their decisions and deadlines: each lead handed to a
 * rep as an MQL went there by the first rule, with every rep weighed, and had an hour to
 * be answered; most reps answered in time, some did not. Without these the dossiers would
 * say the leads were never routed, and the compliance figures of a company with two years
 * of history would be empty.
 */
@Component
@Order(36)
class DemoDeadlines implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDeadlines.class);

	static final Duration RESPOND = Duration.ofMinutes(60);

	private final DemoMode demo;

	private final SlaStore store;

	private final FunnelReports funnel;

	private final ContactManagement contacts;

	private final RoutingStore routing;

	private final UserDirectory users;

	private final TransactionTemplate transactions;

	DemoDeadlines(DemoMode demo, SlaStore store, FunnelReports funnel, ContactManagement contacts, RoutingStore routing,
			UserDirectory users, TransactionTemplate transactions) {
		this.demo = demo;
		this.store = store;
		this.funnel = funnel;
		this.contacts = contacts;
		this.routing = routing;
		this.users = users;
		this.transactions = transactions;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!this.demo.enabled() || !this.store.isEmpty()) {
			return;
		}
		Random random = new Random(17);
		Instant settled = Instant.now().minus(RESPOND.multipliedBy(2));
		List<ContactId> handedOff = this.funnel.reached(List.of(LifecycleStage.MQL))
			.keySet()
			.stream()
			.sorted((a, b) -> a.value().compareTo(b.value()))
			.toList();
		List<SlaTimer> timers = new ArrayList<>();
		List<Assignment> decisions = new ArrayList<>();
		Map<UserId, RepProfile> profiles = this.users.profiles(
				this.users.withRole(Role.SALES).stream().filter(UserSummary::enabled).map(UserSummary::id).toList());
		Map<UserId, String> names = this.users.displayNames(profiles.keySet());
		String rule = this.routing.rules()
			.stream()
			.filter(RoutingRule::active)
			.map(RoutingRule::name)
			.findFirst()
			.orElse("");
		for (List<ContactId> chunk : InLists.chunks(handedOff)) {
			Map<ContactId, Milestones> milestones = this.funnel.milestones(chunk);
			Map<ContactId, ReportingFacts> facts = this.contacts.reportingFacts(chunk);
			for (ContactId lead : chunk) {
				Milestones reached = milestones.get(lead);
				ReportingFacts fact = facts.get(lead);
				if (reached == null || reached.mql() == null || fact == null || fact.owner() == null
						|| reached.mql().isAfter(settled)) {
					continue;
				}
				Instant start = reached.mql();
				Instant due = start.plus(RESPOND);
				boolean kept = random.nextInt(100) < 83;
				Instant answered = kept ? start.plus(Duration.ofMinutes(3 + random.nextInt(55)))
						: due.plus(Duration.ofMinutes(5 + random.nextInt(300)));
				decisions.add(decision(lead, fact.owner(), rule, start, profiles, names, random));
				timers.add(new SlaTimer(UUID.randomUUID(), lead, fact.owner(), "MQL", start, due.minusSeconds(15 * 60),
						due, start.plus(RESPOND.multipliedBy(2)), kept ? null : due.minusSeconds(15 * 60),
						kept ? null : due, answered, "MET"));
			}
		}
		this.store.record(timers);
		this.transactions
			.executeWithoutResult(status -> decisions.forEach(decision -> this.routing.record(decision, null)));
		log.info("Demo data: {} past hand-offs with their deadlines", timers.size());
	}

	/** A hand-off by the rule to the lead's owner, with every rep's load at the time. */
	private static Assignment decision(ContactId lead, UserId owner, String rule, Instant at,
			Map<UserId, RepProfile> profiles, Map<UserId, String> names, Random random) {
		List<Assignment.Candidate> candidates = new ArrayList<>();
		long ownerOpen = random.nextInt(4);
		for (Map.Entry<UserId, RepProfile> rep : profiles.entrySet()) {
			int capacity = rep.getValue().capacity();
			boolean chosen = rep.getKey().equals(owner);
			// the owner was the least loaded, as the rule picks
			long open = chosen ? ownerOpen : capacity / 3 + random.nextInt(Math.max(1, capacity / 3));
			candidates.add(new Assignment.Candidate(names.getOrDefault(rep.getKey(), "?"), open, capacity, true,
					Phrase.of(chosen ? "routing.why.chosen" : "routing.why.eligible")));
		}
		RepProfile profile = profiles.get(owner);
		return new Assignment(lead, owner, names.get(owner), rule,
				Phrase.of("routing.why.atWork", ownerOpen, profile == null ? 0 : profile.capacity()), candidates, at);
	}

}
