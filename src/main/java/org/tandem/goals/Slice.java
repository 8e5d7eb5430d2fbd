package org.tandem.goals;

/**
 * A dimension that numbers are cut by. {@code ALL} is no cut at all.
 */
public enum Slice {

	ALL, OWNER, CHANNEL, CAMPAIGN, SEGMENT

}
