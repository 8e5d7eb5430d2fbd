package org.tandem.surveys;

/** Whether a round still takes answers. */
public enum RoundStatus {

	OPEN, CLOSED

}
