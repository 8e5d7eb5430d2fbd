package org.tandem.routing.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.RepProfile;
import org.tandem.identity.UserSummary;

/**
 * A sales rep as routing weighs them: who, their profile, their open leads and when they
 * last got one.
 */
public record RepCandidate(UserSummary rep, RepProfile profile, long open, @Nullable Instant lastAssignedAt) {

	/** The same rep after one more lead was assigned to them. */
	public RepCandidate withOneMore(Instant at) {
		return new RepCandidate(this.rep, this.profile, this.open + 1, at);
	}

	double load() {
		return this.profile.capacity() == 0 ? Double.MAX_VALUE : (double) this.open / this.profile.capacity();
	}

}
