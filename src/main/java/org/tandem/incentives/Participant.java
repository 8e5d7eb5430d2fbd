package org.tandem.incentives;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import org.tandem.goals.GoalId;
import org.tandem.identity.UserId;

/**
 * A person in a programme, with the bonus base the formula's percentages apply to and the
 * goal their individual components pay on.
 */
public record Participant(UserId user, String name, BigDecimal base, @Nullable GoalId goal) {
}
