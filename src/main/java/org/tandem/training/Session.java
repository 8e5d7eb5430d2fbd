package org.tandem.training;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;

/**
 * One session of a programme.
 *
 * @param materials links or notes for the attendees
 */
public record Session(UUID id, UUID programme, String title, SessionFormat format, Instant startsAt, int minutes,
		UserId trainer, String trainerName, @Nullable String materials, int capacity) {

	public boolean over(Instant now) {
		return !this.startsAt.plusSeconds(60L * this.minutes).isAfter(now);
	}

}
