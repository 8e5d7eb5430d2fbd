package org.tandem.leadership;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.TeamKind;
import org.tandem.identity.UserId;

/**
 * A person's individual development plan (MISSION 6.1): what they focus on, their goals
 * with dates, and the check-ins with their head.
 */
public record DevelopmentPlan(UUID id, UserId person, String name, @Nullable TeamKind department, String focus,
		List<Goal> goals, List<CheckIn> checkIns) {

	public record Goal(UUID id, String text, LocalDate dueOn, @Nullable Instant doneAt) {

		public boolean done() {
			return this.doneAt != null;
		}

	}

	public record CheckIn(UUID id, String author, String note, Instant at) {
	}

	public long done() {
		return this.goals.stream().filter(Goal::done).count();
	}

}
