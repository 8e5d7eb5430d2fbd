package org.tandem.intake;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tandem.intake.domain.IdempotencyKeys;

/**
 * Drops idempotency keys once they are older than their promised lifetime (at least a
 * day).
 */
@Component
class IntakeHousekeeping {

	private final IdempotencyKeys keys;

	IntakeHousekeeping(IdempotencyKeys keys) {
		this.keys = keys;
	}

	@SchedulerLock(name = "intake.housekeeping", lockAtMostFor = "30m")
	@Scheduled(cron = "${tandem.intake.housekeeping-cron:0 15 * * * *}")
	void forgetOldKeys() {
		this.keys.forgetOlderThan(IdempotencyKeys.KEPT);
	}

}
