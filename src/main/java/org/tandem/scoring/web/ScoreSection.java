package org.tandem.scoring.web;

import org.springframework.stereotype.Component;
import org.tandem.crm.ContactId;
import org.tandem.funnel.DossierSection;

/**
 * The score and its explanation, on the lead dossier.
 */
@Component
class ScoreSection implements DossierSection {

	@Override
	public String titleKey() {
		return "score.title";
	}

	@Override
	public String fragmentPath(ContactId contact) {
		return "/scoring/contacts/" + contact;
	}

	@Override
	public int order() {
		return 10;
	}

}
