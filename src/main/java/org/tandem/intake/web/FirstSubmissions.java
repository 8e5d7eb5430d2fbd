package org.tandem.intake.web;

import org.springframework.dao.DuplicateKeyException;
import org.tandem.intake.IntakeDesk;
import org.tandem.intake.IntakeResult;
import org.tandem.intake.LeadSubmission;
import org.tandem.platform.InputRejectedException;

/**
 * Two first submissions of the same person can race: both find no contact, one creates it
 * and the other is refused for the duplicate email. The loser simply tries again, in a
 * new transaction, and finds and enriches the winner's contact.
 */
final class FirstSubmissions {

	private FirstSubmissions() {
	}

	static IntakeResult submit(IntakeDesk intake, LeadSubmission lead) {
		try {
			return intake.submit(lead);
		}
		catch (DuplicateKeyException ex) {
			return intake.submit(lead);
		}
		catch (InputRejectedException ex) {
			if (ex.getStatusCode().value() == 409 && "email".equals(ex.field())) {
				return intake.submit(lead);
			}
			throw ex;
		}
	}

}
