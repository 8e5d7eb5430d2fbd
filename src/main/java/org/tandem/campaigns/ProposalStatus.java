package org.tandem.campaigns;

/** Where a campaign proposed by sales stands with marketing. */
public enum ProposalStatus {

	OPEN, ACCEPTED, DECLINED

}
