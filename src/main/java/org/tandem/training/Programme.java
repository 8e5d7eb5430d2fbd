package org.tandem.training;

import java.util.List;
import java.util.UUID;

import org.tandem.identity.TeamKind;

/**
 * A training programme one department teaches the other.
 *
 * @param taughtBy the department that teaches; the other learns
 * @param skills what one has learned once one has completed it
 */
public record Programme(UUID id, String title, String description, TeamKind taughtBy, List<String> skills,
		String createdBy) {
}
