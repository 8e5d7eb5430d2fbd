package org.tandem.identity;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may know about a person.
 */
public record UserSummary(UserId id, String username, String displayName, String email, Role role,
		@Nullable TeamId team, @Nullable String teamName, @Nullable TeamKind teamKind, String locale, boolean enabled) {
}
