package org.tandem.conflicts;

/** Why a conflict arose, after the playbook: objective causes and subjective ones. */
public enum Cause {

	GOAL_MISMATCH(true), LACK_OF_COORDINATION(true), LACK_OF_COMMUNICATION(true), PERSONAL_AMBITIONS(false),
	MISTRUST(false), MISUNDERSTANDING(false);

	private final boolean objective;

	Cause(boolean objective) {
		this.objective = objective;
	}

	/** Objective causes lie in how the work is set up; subjective ones in people. */
	public boolean objective() {
		return this.objective;
	}

}
