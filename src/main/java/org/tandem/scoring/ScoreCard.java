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
	 * @param detail what matched, e.g. the title, or how many events and how recent
	 */
	/**
	 * One rule's part of the score; for an engagement rule, how many events matched and
	 * how many days ago the latest was (absent from lines stored before they were kept).
	 */
	public record Line(String rule, RuleKind kind, double points, String detail, @Nullable Integer events,
			@Nullable Long daysAgo) {

		public Line(String rule, RuleKind kind, double points, String detail) {
			this(rule, kind, points, detail, null, null);
		}

	}

	public boolean reachesThreshold() {
		return this.points >= this.threshold;
	}

}
