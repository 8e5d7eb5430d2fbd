package org.tandem.goals;

import java.math.BigDecimal;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One target a goal has had: when, by whom, and why. */
public record GoalRevision(Instant at, String actor, BigDecimal target, @Nullable BigDecimal relativePercent,
		@Nullable BigDecimal baseline, @Nullable String note) {
}
