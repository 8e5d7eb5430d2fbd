package org.tandem.campaigns;

/** Where a rep heard a remark. */
public enum HeardOn {

	CALL, MEETING, EMAIL, EVENT

}
