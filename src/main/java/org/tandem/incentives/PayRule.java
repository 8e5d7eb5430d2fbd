package org.tandem.incentives;

/** Which part of a component's rule decided its payout. */
public enum PayRule {

	/** No goal or no number to pay on. */
	NO_DATA,
	/** Below the threshold: nothing. */
	BELOW_THRESHOLD,
	/** Up to 100 %: the attainment itself. */
	LINEAR,
	/** Above 100 %: the excess multiplied by the accelerator. */
	ACCELERATED,
	/** Held at the cap. */
	CAPPED

}
