package org.tandem.intake;

/**
 * What a CSV file brings in: new leads, or another system's funnel history (people, their
 * accounts and deals, with the dates they reached each stage).
 */
public enum ImportKind {

	LEADS, HISTORY

}
