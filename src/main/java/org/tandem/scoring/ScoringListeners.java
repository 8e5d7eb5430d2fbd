package org.tandem.scoring;

import java.time.Clock;
import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.context.event.EventListener;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactCreated;
import org.tandem.crm.ContactId;
import org.tandem.crm.ContactErased;
import org.tandem.crm.ContactsMerged;
import org.tandem.intake.BehaviourRecorded;
import org.tandem.platform.BeforeCommit;
import org.tandem.scoring.domain.ScoreStore;

/**
 * Scores follow the record: a new contact is scored, every behaviour event rescores,
 * merges and erasures are followed, and engagement fades overnight as events age.
 */
@Component
class ScoringListeners {

	private final ScoringManagement scoring;

	private final ScoreStore scores;

	private final PredictiveScoring predictive;

	private final Clock clock;

	private final BeforeCommit.Batch<ContactId> toScore;

	private final BeforeCommit.Batch<ContactId> toScoreQuietly;

	ScoringListeners(ScoringManagement scoring, ScoreStore scores, PredictiveScoring predictive, Clock clock) {
		this.scoring = scoring;
		this.scores = scores;
		this.predictive = predictive;
		this.clock = clock;
		this.toScore = scoring::rescoreAll;
		this.toScoreQuietly = scoring::scoreAll;
	}

	// in the transaction that created the contact: a lead is stored and scored together,
	// and a group commit of many leads scores them as one batch just before it commits
	// a person brought in with their past is scored but not qualified now: their stage is
	// the one the other system recorded
	@EventListener
	void on(ContactCreated event) {
		BeforeCommit.defer(event.historic() ? this.toScoreQuietly : this.toScore, event.contact());
	}

	@EventListener
	void on(BehaviourRecorded event) {
		this.scores.addEvent(event.contact(), event.type(), event.at());
		BeforeCommit.defer(this.toScore, event.contact());
	}

	@ApplicationModuleListener
	void on(ContactsMerged event) {
		this.scores.repoint(event.merged(), event.survivor());
		this.scoring.rescore(event.survivor(), false);
	}

	@ApplicationModuleListener
	void on(ContactErased event) {
		this.scores.forget(event.contact());
	}

	@SchedulerLock(name = "scoring.retrain", lockAtMostFor = "2h")
	@Scheduled(cron = "${tandem.scoring.retrain-cron:0 0 3 * * MON}")
	void retrain() {
		try {
			this.predictive.train();
		}
		catch (org.tandem.platform.InputRejectedException notEnoughVerdicts) {
			// too few verdicts yet: the previous model (if any) stays
		}
	}

	@SchedulerLock(name = "scoring.decay", lockAtMostFor = "2h")
	@Scheduled(cron = "${tandem.scoring.decay-cron:0 30 2 * * *}")
	void fadeEngagement() {
		this.scores.engagedSince(this.clock.instant().minus(Duration.ofDays(730)))
			.forEach(contact -> this.scoring.rescore(contact, true));
	}

}
