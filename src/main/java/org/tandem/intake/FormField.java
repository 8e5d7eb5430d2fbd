package org.tandem.intake;

/**
 * Optional fields a web form may ask for; email, first and last name are always asked.
 */
public enum FormField {

	COMPANY, TITLE, PHONE, MESSAGE

}
