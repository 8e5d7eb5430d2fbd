package org.tandem.scoring;

/**
 * How a rule tests an attribute. Values are compared without regard to case; lists are
 * comma-separated.
 */
public enum Operator {

	/** The value equals the rule's value. */
	EQUALS,
	/** The value contains one of the rule's words. */
	CONTAINS,
	/** The value is one of the rule's values. */
	ONE_OF,
	/** The email domain is a free-mail provider's. */
	FREE_MAIL,
	/** The person asked not to be contacted. */
	DO_NOT_CONTACT

}
