package org.tandem.surveys;

/**
 * What a question asks about, after the playbook's four dimensions of divergence; each
 * has the direction its action items take by default.
 */
public enum Dimension {

	GOALS(PlanDirection.UNIFIED_GOALS), STRATEGIES(PlanDirection.UNIFIED_STRATEGY),
	METHODS(PlanDirection.UNIFIED_METHODS), CULTURE(PlanDirection.CULTURAL_COMPATIBILITY);

	private final PlanDirection direction;

	Dimension(PlanDirection direction) {
		this.direction = direction;
	}

	public PlanDirection direction() {
		return this.direction;
	}

}
