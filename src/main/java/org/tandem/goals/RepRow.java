package org.tandem.goals;

import java.util.List;

import org.tandem.identity.UserId;
import org.tandem.platform.Money;

/**
 * One rep's line of the leaderboard for a period: leads handed to them as MQLs, how many
 * they accepted and sent back (of those), hand-off deadlines kept and broken, deals won
 * and their value per currency.
 */
public record RepRow(UserId rep, long handedOff, long accepted, long rejected, long deadlinesKept, long deadlinesBroken,
		long dealsWon, List<Money> revenue) {
}
