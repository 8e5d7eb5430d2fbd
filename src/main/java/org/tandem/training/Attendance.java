package org.tandem.training;

/** Whether an enrolled person came. */
public enum Attendance {

	ENROLLED, ATTENDED, ABSENT

}
