package org.tandem.scoring;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.tandem.intake.BehaviourType;

/**
 * One rule of the scoring model.
 *
 * @param halfLifeDays for engagement rules: after this many days an event counts half
 * @param cap the most points (or, negative, the least) this rule can contribute in all
 */
public record ScoringRule(UUID id, RuleKind kind, String label, @Nullable Attribute attribute,
		@Nullable Operator operator, @Nullable String value, @Nullable BehaviourType eventType, int points,
		@Nullable Integer halfLifeDays, @Nullable Integer cap, int position, boolean active) {

	public boolean testsBehaviour() {
		return this.eventType != null;
	}

}
