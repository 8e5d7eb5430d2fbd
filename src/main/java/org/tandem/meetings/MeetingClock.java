package org.tandem.meetings;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the calendar some weeks ahead, fills the agendas whose day has come, and reminds
 * participants of meetings and owners of overdue action items. Another instance doing the
 * same at once prepares nothing twice: a meeting is marked prepared by one update that
 * only one of them wins.
 */
@Component
class MeetingClock {

	private final Meetings meetings;

	MeetingClock(Meetings meetings) {
		this.meetings = meetings;
	}

	@SchedulerLock(name = "meetings.clock", lockAtMostFor = "30m")
	@Scheduled(fixedDelayString = "${tandem.meetings.check:5m}",
			initialDelayString = "${tandem.meetings.first-check:20s}")
	void tick() {
		this.meetings.planAll();
		this.meetings.prepareDue();
		this.meetings.remindAll();
	}

}
