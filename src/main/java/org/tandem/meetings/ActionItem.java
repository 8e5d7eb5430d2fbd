package org.tandem.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;

/**
 * A task with its owner and due date: agreed at a meeting, where it belongs to the series
 * and is on every next meeting's agenda while open; or agreed elsewhere (a diagnostics
 * round, a joint project, a conflict's plan), when it has an origin instead.
 *
 * @param source the series' title, or the origin's
 * @param raisedAt when the meeting it was given at started, or when it was given
 */
public record ActionItem(UUID id, @Nullable UUID series, @Nullable UUID meeting, @Nullable ActionOrigin origin,
		String source, Instant raisedAt, String title, UserId owner, String ownerName, LocalDate dueOn,
		ActionStatus status, @Nullable Instant closedAt, long version) {

	public boolean overdue(LocalDate today) {
		return this.status == ActionStatus.OPEN && this.dueOn.isBefore(today);
	}

	/** Where the item was agreed: its meeting's page, or its origin's. */
	public String sourceLink() {
		if (this.meeting != null) {
			return "/meetings/" + this.meeting;
		}
		return this.origin != null ? this.origin.link() : "/meetings/items";
	}

	/** Where the item's own page is. */
	public String link() {
		return "/meetings/items/" + this.id;
	}

}
