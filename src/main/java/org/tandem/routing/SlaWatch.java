package org.tandem.routing;

import java.time.Clock;
import java.time.Instant;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tandem.routing.domain.SlaStore;

/**
 * Looks for deadlines that need attention every few seconds. Each timer is handled in its
 * own transaction, so one failure does not hold up the others; timers are rows, so a
 * restart loses nothing and catches up at once.
 */
@Component
class SlaWatch {

	private static final Logger log = LoggerFactory.getLogger(SlaWatch.class);

	private final SlaStore store;

	private final SlaEscalation escalation;

	private final Clock clock;

	SlaWatch(SlaStore store, SlaEscalation escalation, Clock clock) {
		this.store = store;
		this.escalation = escalation;
		this.clock = clock;
	}

	@SchedulerLock(name = "routing.sla-watch", lockAtMostFor = "5m")
	@Scheduled(fixedDelayString = "${tandem.routing.sla-check-interval:15s}",
			initialDelayString = "${tandem.routing.sla-initial-delay:10s}")
	void tick() {
		Instant now = this.clock.instant();
		for (SlaTimer timer : this.store.due(now)) {
			try {
				this.escalation.handle(timer, now);
			}
			catch (RuntimeException ex) {
				log.warn("Could not handle the deadline {} of lead {}", timer.id(), timer.contact(), ex);
			}
		}
	}

}
