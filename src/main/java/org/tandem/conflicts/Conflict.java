package org.tandem.conflicts;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;

/**
 * A conflict between people of the two departments.
 *
 * @param theme a short label of what it is about, compared across conflicts to find
 * repeats
 * @param meeting the mediation meeting, once set
 */
public record Conflict(UUID id, String title, String theme, String description, UserId raisedBy, String raisedByName,
		Instant raisedAt, ConflictStatus status, Set<Cause> causes, List<Party> parties, @Nullable UUID meeting,
		@Nullable String resolution, @Nullable Instant resolvedAt, long version) {

	public boolean involves(UserId person) {
		return this.raisedBy.equals(person) || this.parties.stream().anyMatch(party -> party.user().equals(person));
	}

}
