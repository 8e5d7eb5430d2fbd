package org.tandem.intake;

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

	@Scheduled(cron = "${tandem.intake.housekeeping-cron:0 15 * * * *}")
	void forgetOldKeys() {
		this.keys.forgetOlderThan(IdempotencyKeys.KEPT);
	}

}
