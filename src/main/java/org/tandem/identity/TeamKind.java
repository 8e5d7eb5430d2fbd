package org.tandem.identity;

/**
 * The department a team belongs to.
 */
public enum TeamKind {

	MARKETING, SALES, LEADERSHIP

}
