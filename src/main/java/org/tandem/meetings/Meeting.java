package org.tandem.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** One meeting of a series. */
public record Meeting(UUID id, UUID series, String title, MeetingKind kind, ZoneId timeZone, Instant startsAt,
		Instant endsAt, MeetingStatus status, @Nullable String minutes, @Nullable Instant preparedAt, long version) {
}
