package org.tandem.identity;

/**
 * The size of deals a rep specialises in.
 */
public enum DealSizeBand {

	ANY, SMB, MID_MARKET, ENTERPRISE

}
