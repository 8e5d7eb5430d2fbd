package org.tandem.campaigns;

/** How a remark sounded. */
public enum Sentiment {

	POSITIVE, NEUTRAL, NEGATIVE

}
