package org.tandem.intake;

import org.tandem.crm.ContactId;

/**
 * What became of a submission.
 */
public record IntakeResult(ContactId contact, Outcome outcome) {

	public enum Outcome {

		/** A new person entered the shared record. */
		CREATED,
		/** A known person: their record was enriched and the submission logged on it. */
		UPDATED,
		/** The same submission (same source and external id) was already taken. */
		DUPLICATE

	}

}
