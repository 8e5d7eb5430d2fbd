package org.tandem.funnel;

/**
 * The reason lists: why sales rejected a lead, why a lead was disqualified, why a deal
 * was lost.
 */
public enum ReasonKind {

	REJECTION, DISQUALIFICATION, LOSS

}
