package org.tandem.campaigns.web;

import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.funnel.DossierSection;

/**
 * The marketing materials that fit a lead, on its dossier, where the rep logs what they
 * send.
 */
@Component
class MaterialSection implements DossierSection {

	@Override
	public String titleKey() {
		return "materials.section";
	}

	@Override
	public String fragmentPath(ContactId contact) {
		return "/materials/for/" + contact;
	}

	@Override
	public int order() {
		return 40;
	}

}
