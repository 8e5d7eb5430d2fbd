package org.tandem.identity;

/**
 * A team as other modules see it.
 */
public record TeamSummary(TeamId id, String name, TeamKind kind) {
}
