package org.tandem.surveys;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.TeamKind;

/**
 * A person's answers to a round, with their department and never, in an anonymous round,
 * who they are.
 */
public record Response(TeamKind department, Map<UUID, Value> answers) {

	/** One answer as kept. */
	public record Value(@Nullable Integer number, List<Integer> choices, @Nullable String text) {
	}

}
