package org.tandem.funnel;

import org.tandem.crm.ContactId;

/**
 * A section that a later module adds to the lead dossier (the score, the assignment…).
 * The dossier loads each section's fragment from its own module, so the funnel never
 * depends on the modules above it.
 */
public interface DossierSection {

	/** The message key of the section's heading. */
	String titleKey();

	/** The path of the HTML fragment for this lead. */
	String fragmentPath(ContactId contact);

	/** Sections are shown in ascending order. */
	int order();

}
