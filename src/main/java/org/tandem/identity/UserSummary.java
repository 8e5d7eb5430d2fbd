package org.tandem.identity;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may know about a person.
 */
public record UserSummary(UserId id, String username, String displayName, String email, Role role,
		@Nullable TeamId team, @Nullable String teamName, @Nullable TeamKind teamKind, String locale, boolean enabled) {

	/**
	 * The department the person works in: their team's, or else their role's; null for an
	 * admin or a manager outside any team.
	 */
	public @Nullable TeamKind department() {
		if (this.teamKind != null) {
			return this.teamKind;
		}
		return switch (this.role) {
			case MARKETING -> TeamKind.MARKETING;
			case SALES -> TeamKind.SALES;
			case LEADERSHIP -> TeamKind.LEADERSHIP;
			case MANAGER, ADMIN -> null;
		};
	}

}
