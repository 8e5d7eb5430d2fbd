package org.tandem.incentives;

/** Whose number a component pays on. */
public enum ComponentKind {

	/** Each participant's own goal (a rep's quota, a marketer's target). */
	INDIVIDUAL,
	/** One goal the two departments share. */
	SHARED

}
