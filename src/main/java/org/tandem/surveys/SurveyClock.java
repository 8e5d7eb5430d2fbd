package org.tandem.surveys;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Closes rounds past their last day and reminds the latecomers of those about to close.
 */
@Component
class SurveyClock {

	private final Diagnostics diagnostics;

	SurveyClock(Diagnostics diagnostics) {
		this.diagnostics = diagnostics;
	}

	@SchedulerLock(name = "surveys.clock", lockAtMostFor = "30m")
	@Scheduled(cron = "${tandem.surveys.check:0 0 8 * * *}")
	void check() {
		this.diagnostics.housekeeping();
	}

}
