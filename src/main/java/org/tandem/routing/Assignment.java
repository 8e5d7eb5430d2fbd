package org.tandem.routing;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.tandem.crm.ContactId;
import org.tandem.identity.UserId;
import org.tandem.platform.Phrase;

/**
 * One routing decision and why: the rule that applied, every candidate weighed, the
 * winner.
 */
public record Assignment(ContactId contact, @Nullable UserId rep, @Nullable String repName, String rule, String reason,
		List<Candidate> candidates, Instant at, @Nullable Phrase why) {

	/** A decision and the English words of its reason. */
	public Assignment(ContactId contact, @Nullable UserId rep, @Nullable String repName, String rule, Phrase why,
			List<Candidate> candidates, Instant at) {
		this(contact, rep, repName, rule, why.english(), candidates, at, why);
	}

	/**
	 * The message key of the rule's name when it is one of routing's own (the account
	 * owner, the fallback queue), or {@code null} for a rule someone named.
	 */
	public @Nullable String ruleKey() {
		return LeadRouter.ACCOUNT_OWNER.equals(this.rule) ? "routing.accountOwner"
				: LeadRouter.FALLBACK.equals(this.rule) ? "routing.queued" : null;
	}

	/**
	 * A rep that was considered.
	 *
	 * @param open the rep's open leads when the decision was made
	 * @param note why the rep was passed over, or "chosen", in English
	 * @param why the same as a message; {@code null} in decisions recorded before it was
	 * kept
	 */
	public record Candidate(String rep, long open, int capacity, boolean availableNow, String note,
			@Nullable Phrase why) {

		public Candidate(String rep, long open, int capacity, boolean availableNow, Phrase why) {
			this(rep, open, capacity, availableNow, why.english(), why);
		}

	}

}
