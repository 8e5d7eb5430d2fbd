package org.tandem.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.tandem.identity.UserId;

/** A meeting series, with its agenda template and its participants. */
public record MeetingSeries(UUID id, MeetingKind kind, String title, ZoneId timeZone, DayOfWeek weekday,
		LocalTime startTime, int durationMinutes, int prepareDays, LocalDate firstOn, boolean active,
		List<Section> sections, List<UserId> participants, long version) {

	/** A section of the series' agenda, with its own title when it has one. */
	public record Section(AgendaSection section, @org.jspecify.annotations.Nullable String title) {
	}

}
