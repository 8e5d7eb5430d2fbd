package org.tandem.notifications;

/** Emails one at a time, or gathered into one a day or a week. */
public enum Digest {

	NONE, DAILY, WEEKLY

}
