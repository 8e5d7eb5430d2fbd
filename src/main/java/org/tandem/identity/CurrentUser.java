package org.tandem.identity;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

/**
 * The person (or token) behind the current request.
 */
public record CurrentUser(UserId id, String username, String displayName, Role role,
		@Nullable TeamId team) implements Serializable {

	/**
	 * Tandem itself, acting on its own (routing, imports, timers): it sees every record.
	 */
	public static final CurrentUser SYSTEM = new CurrentUser(new UserId(new java.util.UUID(0, 0)), "system", "Tandem",
			Role.ADMIN, null);

	/** A user acting as themselves, with their own role (demo data, deliveries). */
	public static CurrentUser of(UserSummary user) {
		return new CurrentUser(user.id(), user.username(), user.displayName(), user.role(), user.team());
	}

	public boolean isSystem() {
		return this == SYSTEM || this.id.equals(SYSTEM.id);
	}

	/**
	 * Whether this caller sees every contact, account and deal. Sales reps see their own
	 * records only; everyone else works on the shared record.
	 */
	public boolean seesAllRecords() {
		return this.role != Role.SALES;
	}

	public boolean hasRole(Role... roles) {
		for (Role candidate : roles) {
			if (candidate == this.role) {
				return true;
			}
		}
		return false;
	}

}
