package org.tandem.notifications;

import java.time.Duration;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import org.tandem.funnel.HandOffs;

/**
 * How the two departments worked together over a period, from Tandem's own records
 * (MISSION 1.1): leads handed to sales and how soon reps took them up, how much came back
 * to marketing (verdicts with reasons, customers' remarks), what marketing told sales of
 * its campaigns, whether the joint meetings were held, and how news moved between them.
 *
 * @param deadlinesKept hand-off deadlines that fell due in the period and were kept
 * @param medianResponse from a hand-off to the rep meeting its deadline, median
 * @param remarks customers' remarks reps logged for marketing
 * @param launches campaigns launched for sales, with a brief
 * @param meetingsDue joint meetings whose time came in the period
 * @param meetingsHeld of them, those held (minutes taken)
 */
public record Interaction(Instant since, Instant until, HandOffs handOffs, long deadlinesKept, long deadlinesBroken,
		@Nullable Duration medianResponse, @Nullable Duration p90Response, long remarks, long launches,
		long meetingsDue, long meetingsHeld, long meetingsCancelled, InformationFlow flow) {

	/** The share of deadlines kept, 0–1; null when none fell due. */
	public @Nullable Double deadlineShare() {
		long settled = this.deadlinesKept + this.deadlinesBroken;
		return settled == 0 ? null : (double) this.deadlinesKept / settled;
	}

	/** The share of due meetings held, 0–1; null when none were due. */
	public @Nullable Double meetingShare() {
		return this.meetingsDue == 0 ? null : (double) this.meetingsHeld / this.meetingsDue;
	}

}
