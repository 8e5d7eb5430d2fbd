package org.tandem.identity;

/**
 * What a person or a token may do. MANAGER is a department head.
 */
public enum Role {

	MARKETING, SALES, MANAGER, LEADERSHIP, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
