package org.tandem.scoring;

import java.time.Instant;

/**
 * How the current learned model was trained and how it did on leads it had not seen,
 * beside the rule score on the same leads.
 *
 * @param heldOut how many leads were kept aside to measure it
 * @param auc the learned model's ROC AUC on those leads
 * @param ruleAuc the rule score's ROC AUC on the same leads
 */
public record ModelStatus(Instant trainedAt, int examples, int positives, int heldOut, double auc, double ruleAuc) {

	public boolean beatsRules() {
		return this.auc > this.ruleAuc;
	}

}
