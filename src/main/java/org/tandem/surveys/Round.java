package org.tandem.surveys;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A questionnaire sent to both departments, open until a day.
 *
 * @param anonymous whether answers are kept without their authors; then results are shown
 * only for departments with at least {@link Divergence#MIN_GROUP} answers
 * @param invitedMarketing people of marketing asked to answer, likewise for sales
 */
public record Round(UUID id, UUID questionnaire, String title, boolean anonymous, Instant opensAt, LocalDate closesOn,
		RoundStatus status, String createdBy, long invitedMarketing, long answeredMarketing, long invitedSales,
		long answeredSales) {

	public long invited() {
		return this.invitedMarketing + this.invitedSales;
	}

	public long answered() {
		return this.answeredMarketing + this.answeredSales;
	}

	/** The share of those asked who answered, 0–1. */
	public double responseRate() {
		return invited() == 0 ? 0 : (double) answered() / invited();
	}

}
