package org.tandem.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;

/**
 * A task agreed at a meeting, with its owner and due date. It belongs to the series:
 * while open it is on every next meeting's agenda.
 */
public record ActionItem(UUID id, UUID series, String seriesTitle, UUID meeting, Instant raisedAt, String title,
		UserId owner, String ownerName, LocalDate dueOn, ActionStatus status, @Nullable Instant closedAt,
		long version) {

	public boolean overdue(LocalDate today) {
		return this.status == ActionStatus.OPEN && this.dueOn.isBefore(today);
	}

}
