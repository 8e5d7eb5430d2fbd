package org.tandem.crm;

/**
 * Where a contact came from.
 */
public enum Channel {

	WEB_FORM, WEBINAR, DEMO_REQUEST, OFFLINE_EVENT, ONLINE_ADS, SOCIAL, EMAIL, CONTENT, REFERRAL, PARTNER, IMPORT, OTHER

}
