package org.tandem.campaigns;

/** Where a campaign's brief stands with the sales head. */
public enum Approval {

	/** Marketing has not written a brief yet. */
	NO_BRIEF,
	/** The brief waits for the sales head. */
	AWAITING,
	/** The sales head approved the brief as it stands. */
	APPROVED,
	/** The sales head asked for changes; a new version of the brief waits again. */
	CHANGES_REQUESTED

}
