package org.tandem.training;

/** How a session is taught. */
public enum SessionFormat {

	SEMINAR, MASTER_CLASS, ROLE_PLAY, SIMULATION, CASE_STUDY

}
