package org.tandem.campaigns;

/** Where a campaign reaches people. */
public enum CampaignChannel {

	ONLINE_ADS, SEO_CONTENT, SOCIAL, EMAIL, WEBINAR, DEMO, OFFLINE_EVENT, PARTNER, OTHER

}
