package org.tandem.conflicts;

/** Where a conflict stands. */
public enum ConflictStatus {

	/** Registered; nothing done yet. */
	OPEN,
	/** A mediation meeting with both sides is set. */
	MEDIATION,
	/** Measures are agreed and watched until they work. */
	MONITORING,
	/** Closed, with what resolved it. */
	RESOLVED

}
