package org.tandem.conflicts;

import java.util.List;
import java.util.Set;

import org.tandem.identity.UserId;

/** A conflict as it is registered. */
public record ConflictDraft(String title, String theme, String description, List<UserId> parties, Set<Cause> causes) {
}
