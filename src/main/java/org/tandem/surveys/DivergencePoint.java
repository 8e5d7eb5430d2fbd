package org.tandem.surveys;

import java.util.List;

import org.jspecify.annotations.Nullable;

import org.tandem.meetings.ActionItem;

/**
 * A question on which the departments diverge, with the heads' scores of its impact,
 * frequency and risk (1–5 each) and the action items given on it.
 *
 * @param priority impact × frequency × risk, 1–125; null until scored
 */
public record DivergencePoint(Divergence.QuestionResult result, @Nullable Integer impact, @Nullable Integer frequency,
		@Nullable Integer risk, @Nullable Integer priority, @Nullable String scoredBy, List<PlanItem> items) {

	/** An action item on the point, and the kind of remedy it is. */
	public record PlanItem(ActionItem item, PlanDirection direction) {
	}

}
