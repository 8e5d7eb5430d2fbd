package org.tandem.campaigns;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.tandem.campaigns.domain.FeedbackStore;
import org.tandem.campaigns.domain.MaterialStore;
import org.tandem.crm.ContactErased;
import org.tandem.crm.ContactsMerged;
import org.tandem.crm.DealChanged;

/**
 * Forgets the kept attribution when a deal or a person it rests on changes, and keeps the
 * record of materials sent and of customers' remarks in step with merges and erasures.
 */
@Component
class CampaignListeners {

	private final CreditCache credits;

	private final MaterialStore materials;

	private final FeedbackStore feedback;

	CampaignListeners(CreditCache credits, MaterialStore materials, FeedbackStore feedback) {
		this.credits = credits;
		this.materials = materials;
		this.feedback = feedback;
	}

	@EventListener
	void on(DealChanged event) {
		this.credits.changed();
	}

	@EventListener
	void on(ContactsMerged event) {
		this.materials.repoint(event.merged(), event.survivor());
		this.feedback.repoint(event.merged(), event.survivor());
		this.credits.changed();
	}

	@EventListener
	void on(ContactErased event) {
		this.materials.forget(event.contact());
		this.feedback.forget(event.contact());
		this.credits.changed();
	}

}
