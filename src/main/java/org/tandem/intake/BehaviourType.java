package org.tandem.intake;

/**
 * What a visitor did, as the tracking snippet and the channels report it.
 */
public enum BehaviourType {

	PAGE_VIEW, PRICING_VIEW, CONTENT_DOWNLOAD, WEBINAR_REGISTERED, WEBINAR_ATTENDED, EMAIL_OPEN, EMAIL_CLICK,
	UNSUBSCRIBE

}
