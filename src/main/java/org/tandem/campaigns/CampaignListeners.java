package org.tandem.campaigns;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.crm.ContactErased;
import org.tandem.crm.ContactsMerged;
import org.tandem.crm.DealChanged;

/**
 * Forgets the kept attribution when a deal or a person it rests on changes.
 */
@Component
class CampaignListeners {

	private final CreditCache credits;

	CampaignListeners(CreditCache credits) {
		this.credits = credits;
	}

	@EventListener
	void on(DealChanged event) {
		this.credits.changed();
	}

	@EventListener
	void on(ContactsMerged event) {
		this.credits.changed();
	}

	@EventListener
	void on(ContactErased event) {
		this.credits.changed();
	}

}
