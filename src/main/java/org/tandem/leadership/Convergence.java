package org.tandem.leadership;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.tandem.funnel.HandOffs;
import org.tandem.goals.GoalProgress;
import org.tandem.surveys.Round;
import org.tandem.training.Training;

/**
 * Whether the two departments are converging, on one page: the alignment index round by
 * round, the shared goals, hand-off deadlines kept and MQLs accepted (last 30 days),
 * joint meetings held (last 90 days), conflicts, customers' satisfaction (last 90 days)
 * and recognition between colleagues.
 *
 * @param trend each diagnostics round with its index, the oldest first
 * @param repeatedThemes conflict themes that came up more than once
 */
public record Convergence(List<Map.Entry<Round, @Nullable Double>> trend, List<GoalProgress> sharedGoals,
		long deadlinesKept, long deadlinesBroken, HandOffs handOffs, long meetingsDue, long meetingsHeld,
		long openConflicts, long resolvedConflicts, long repeatedThemes, Training.Completion training, Pulse pulse,
		List<Kudos> kudos, long kudosLastMonth) {

	/** The latest round's index; null before any round was measured. */
	public @Nullable Double index() {
		for (int i = this.trend.size() - 1; i >= 0; i--) {
			if (this.trend.get(i).getValue() != null) {
				return this.trend.get(i).getValue();
			}
		}
		return null;
	}

	/** How much the index moved since the round before; null without two rounds. */
	public @Nullable Double indexChange() {
		Double last = null;
		for (int i = this.trend.size() - 1; i >= 0; i--) {
			Double value = this.trend.get(i).getValue();
			if (value == null) {
				continue;
			}
			if (last == null) {
				last = value;
			}
			else {
				return last - value;
			}
		}
		return null;
	}

	public @Nullable Double deadlineShare() {
		long settled = this.deadlinesKept + this.deadlinesBroken;
		return settled == 0 ? null : (double) this.deadlinesKept / settled;
	}

	/** Sales' acceptance of the MQLs it answered on, 0–1. */
	public @Nullable Double acceptance() {
		long answered = this.handOffs.accepted() + this.handOffs.rejected();
		return answered == 0 ? null : (double) this.handOffs.accepted() / answered;
	}

	public @Nullable Double meetingShare() {
		return this.meetingsDue == 0 ? null : (double) this.meetingsHeld / this.meetingsDue;
	}

}
