package org.tandem.crm;

/**
 * A company's size by headcount.
 */
public enum SizeBand {

	/** 1 to 9 people. */
	MICRO,
	/** 10 to 49 people. */
	SMALL,
	/** 50 to 249 people. */
	MEDIUM,
	/** 250 to 999 people. */
	LARGE,
	/** 1,000 people or more. */
	ENTERPRISE

}
