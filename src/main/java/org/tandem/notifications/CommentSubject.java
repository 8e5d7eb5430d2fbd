package org.tandem.notifications;

/** What a comment is on. */
public enum CommentSubject {

	CONTACT, DEAL, CAMPAIGN, MEETING, ACTION_ITEM

}
