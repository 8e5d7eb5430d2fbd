package org.tandem.crm;

/**
 * Two contacts that are probably the same person, and why we think so.
 */
public record DuplicatePair(ContactSummary first, ContactSummary second, Reason reason) {

	public enum Reason {

		SAME_PHONE, SAME_NAME_SAME_COMPANY

	}

}
