package org.tandem.routing.web;

import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.funnel.DossierSection;

/**
 * Who has the lead, why, and their deadlines, on the lead dossier.
 */
@Component
class AssignmentSection implements DossierSection {

	@Override
	public String titleKey() {
		return "routing.section";
	}

	@Override
	public String fragmentPath(ContactId contact) {
		return "/routing/contacts/" + contact;
	}

	@Override
	public int order() {
		return 20;
	}

}
