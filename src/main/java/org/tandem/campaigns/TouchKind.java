package org.tandem.campaigns;

/** How a campaign touched a person, from the faintest to the strongest. */
public enum TouchKind {

	SENT, OPENED, CLICKED, REGISTERED, ATTENDED, SUBMITTED

}
