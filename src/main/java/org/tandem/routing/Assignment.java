package org.tandem.routing;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.crm.ContactId;
import org.tandem.identity.UserId;

/**
 * One routing decision and why: the rule that applied, every candidate weighed, the
 * winner.
 */
public record Assignment(ContactId contact, @Nullable UserId rep, @Nullable String repName, String rule, String reason,
		List<Candidate> candidates, Instant at) {

	/**
	 * A rep that was considered.
	 *
	 * @param open the rep's open leads when the decision was made
	 * @param note why the rep was passed over, or "chosen"
	 */
	public record Candidate(String rep, long open, int capacity, boolean availableNow, String note) {
	}

}
