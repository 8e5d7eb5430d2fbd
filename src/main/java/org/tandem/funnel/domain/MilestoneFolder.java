package org.tandem.funnel.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.funnel.LifecycleStage;
import org.tandem.funnel.Milestones;
import org.tandem.identity.UserId;

/**
 * Folds one lead's moves, read in any order, into the first time it reached each stage
 * and the stage it is in now (the latest move; of two at the same instant, the one
 * written last).
 */
final class MilestoneFolder {

	private final Instant[] first = new Instant[LifecycleStage.values().length];

	private @Nullable Instant entered;

	private @Nullable Instant rejected;

	private @Nullable Instant latest;

	private long latestPosition = Long.MIN_VALUE;

	private LifecycleStage stage = LifecycleStage.LEAD;

	private @Nullable UserId decidedBy;

	private @Nullable Instant decidedAt;

	void add(@Nullable LifecycleStage from, LifecycleStage to, Instant at, long position, @Nullable UserId actor) {
		if (from == LifecycleStage.MQL && actor != null && (to == LifecycleStage.SQL || to == LifecycleStage.RECYCLED)
				&& (this.decidedAt == null || !at.isBefore(this.decidedAt))) {
			this.decidedAt = at;
			this.decidedBy = actor;
		}
		this.entered = earliest(this.entered, at);
		this.first[to.ordinal()] = earliest(this.first[to.ordinal()], at);
		if (from == LifecycleStage.MQL && to == LifecycleStage.RECYCLED) {
			this.rejected = earliest(this.rejected, at);
		}
		if (this.latest == null || at.isAfter(this.latest)
				|| (at.equals(this.latest) && position > this.latestPosition)) {
			this.latest = at;
			this.latestPosition = position;
			this.stage = to;
		}
	}

	Milestones milestones() {
		return new Milestones(this.entered, at(LifecycleStage.MQL), at(LifecycleStage.SQL),
				at(LifecycleStage.OPPORTUNITY), at(LifecycleStage.WON), at(LifecycleStage.LOST), this.rejected,
				at(LifecycleStage.DISQUALIFIED), this.stage, this.decidedBy);
	}

	private @Nullable Instant at(LifecycleStage stage) {
		return this.first[stage.ordinal()];
	}

	private static Instant earliest(@Nullable Instant current, Instant candidate) {
		return current == null || candidate.isBefore(current) ? candidate : current;
	}

}
