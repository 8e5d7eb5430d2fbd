package org.tandem.scoring;

/**
 * Fit rules test who the person is; engagement rules count what they did, fading with
 * time; negative rules take points away.
 */
public enum RuleKind {

	FIT, ENGAGEMENT, NEGATIVE

}
