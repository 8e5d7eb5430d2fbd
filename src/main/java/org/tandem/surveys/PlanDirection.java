package org.tandem.surveys;

/** The kind of remedy an action item on a divergence point is (MISSION 1.2). */
public enum PlanDirection {

	UNIFIED_GOALS, UNIFIED_STRATEGY, UNIFIED_METHODS, CULTURAL_COMPATIBILITY

}
