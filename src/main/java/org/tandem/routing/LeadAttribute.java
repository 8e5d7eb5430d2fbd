package org.tandem.routing;

/**
 * The lead field an assignment rule looks at; ANY matches every lead.
 */
public enum LeadAttribute {

	ANY, INDUSTRY, REGION, LANGUAGE, SEGMENT, SOURCE_CHANNEL

}
