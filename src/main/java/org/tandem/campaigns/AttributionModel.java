package org.tandem.campaigns;

/**
 * How the credit for one conversion is split over the campaign touches that led to it.
 */
public enum AttributionModel {

	/** All to the first touch. */
	FIRST_TOUCH,
	/** All to the last touch before the conversion. */
	LAST_TOUCH,
	/** Equal shares. */
	LINEAR,
	/**
	 * 40 % to the first touch, 40 % to the touch that made the person a lead, 20 % over
	 * the touches between.
	 */
	U_SHAPED,
	/**
	 * 30 % each to the first touch, the lead-creating touch and the opportunity-creating
	 * touch, 10 % over the others.
	 */
	W_SHAPED,
	/** Touches weigh half as much for every seven days before the conversion. */
	TIME_DECAY

}
