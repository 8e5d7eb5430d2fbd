package org.tandem.scoring;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.crm.ContactId;

/**
 * A lead's score with its explanation: every rule that fired and what it contributed.
 *
 * @param qualifiedAt when the score first crossed the MQL threshold, if it did
 */
public record ScoreCard(ContactId contact, int points, int threshold, List<Line> lines, Instant computedAt,
		@Nullable Instant qualifiedAt) {

	/**
	 * One rule that fired.
	 *
	 * @param detail what matched, e.g. the title, or how many events and how recent
	 */
	public record Line(String rule, RuleKind kind, double points, String detail) {
	}

	public boolean reachesThreshold() {
		return this.points >= this.threshold;
	}

}
