package org.tandem.incentives;

/**
 * A programme is drafted and simulated, then runs, then is closed with final statements.
 */
public enum ProgrammeStatus {

	DRAFT, ACTIVE, CLOSED

}
