package org.tandem.meetings;

/** Where a meeting stands. */
public enum MeetingStatus {

	/** On the calendar; the agenda is not filled yet. */
	PLANNED,
	/** The agenda is filled and was sent to the participants. */
	PREPARED,
	/** It took place; its minutes and decisions are on record. */
	HELD,
	/** It will not take place. */
	CANCELLED

}
