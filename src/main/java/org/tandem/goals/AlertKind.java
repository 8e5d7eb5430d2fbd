package org.tandem.goals;

/**
 * What an alert rule watches. {@code BELOW_MEAN} and {@code ABOVE_MEAN}: last week's
 * value of a KPI against the mean of the weeks before, by more than a number of standard
 * deviations. {@code BEHIND_GOAL}: a goal whose forecast no longer reaches its target.
 */
public enum AlertKind {

	BELOW_MEAN, ABOVE_MEAN, BEHIND_GOAL

}
