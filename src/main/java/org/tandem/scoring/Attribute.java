package org.tandem.scoring;

/**
 * The facts about a person or their company that fit and negative rules may test.
 */
public enum Attribute {

	TITLE, INDUSTRY, SIZE_BAND, REGION, EMAIL_DOMAIN, SOURCE_CHANNEL, LANGUAGE, CONTACT_PREFERENCE

}
