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
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactManagement;
import org.tandem.crm.ReportingFacts;
import org.tandem.funnel.FunnelReports;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.Milestones;
import org.tandem.platform.DemoMode;
import org.tandem.platform.InLists;
import org.tandem.routing.SlaTimer;
import org.tandem.routing.domain.SlaStore;

/**
 * Gives the demo's past hand-offs their deadlines: each lead handed to a rep as an MQL
 * had an hour to be answered; most reps answered in time, some did not. Without these the
 * compliance figures of a company with two years of history would be empty.
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

	DemoDeadlines(DemoMode demo, SlaStore store, FunnelReports funnel, ContactManagement contacts) {
		this.demo = demo;
		this.store = store;
		this.funnel = funnel;
		this.contacts = contacts;
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
				timers.add(new SlaTimer(UUID.randomUUID(), lead, fact.owner(), "MQL", start, due.minusSeconds(15 * 60),
						due, start.plus(RESPOND.multipliedBy(2)), kept ? null : due.minusSeconds(15 * 60),
						kept ? null : due, answered, "MET"));
			}
		}
		this.store.record(timers);
		log.info("Demo data: {} past hand-off deadlines", timers.size());
	}

}
