package org.tandem.meetings;

/** Where an action item stands. */
public enum ActionStatus {

	OPEN, DONE, DROPPED

}
