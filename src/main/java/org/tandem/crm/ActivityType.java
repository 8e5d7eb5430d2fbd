package org.tandem.crm;

/**
 * Kinds of interaction recorded on the timeline.
 */
public enum ActivityType {

	CALL, EMAIL, MEETING, NOTE, WEB_VISIT, DOWNLOAD, WEBINAR, FORM

}
