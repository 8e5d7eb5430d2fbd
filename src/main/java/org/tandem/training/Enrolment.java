package org.tandem.training;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;

/** A person in a session: whether they came, and what they thought of it (1–5). */
public record Enrolment(UUID session, UserId person, String name, Attendance attendance, @Nullable Integer rating,
		@Nullable String comment, @Nullable Instant ratedAt) {
}
