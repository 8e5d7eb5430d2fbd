package org.tandem.leadership;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What customers answered when asked, after a won deal, how likely they are to recommend
 * the company (0–10), over a period.
 *
 * @param asked surveys sent in the period
 * @param promoters answers of 9 or 10; {@code passives} 7 or 8; {@code detractors} 0 to 6
 * @param comments the latest comments, newest first
 */
public record Pulse(Instant since, long asked, long promoters, long passives, long detractors, List<Comment> comments) {

	/** A customer's comment with their score. */
	public record Comment(int score, String text, Instant at) {
	}

	public long answered() {
		return this.promoters + this.passives + this.detractors;
	}

	/**
	 * Net promoter score: % promoters − % detractors, −100 to 100; null without answers.
	 */
	public @Nullable Long nps() {
		long answered = answered();
		return answered == 0 ? null : Math.round(100.0 * (this.promoters - this.detractors) / answered);
	}

	/** The share of those asked who answered, 0–1; null when nobody was asked. */
	public @Nullable Double responseRate() {
		return this.asked == 0 ? null : (double) answered() / this.asked;
	}

}
