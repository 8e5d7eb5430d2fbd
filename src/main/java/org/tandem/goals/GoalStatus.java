package org.tandem.goals;

/**
 * Where a goal stands: not started yet; on track or at risk (the forecast to the period's
 * end meets the target or not); met or missed once the period is over; or no data yet.
 */
public enum GoalStatus {

	NOT_STARTED, ON_TRACK, AT_RISK, MET, MISSED, NO_DATA

}
