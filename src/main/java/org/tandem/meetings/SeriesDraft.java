package org.tandem.meetings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.tandem.identity.UserId;

/**
 * A meeting series as it is set up: its kind and title, when it meets (weekday and local
 * time in its time zone, from its first day), how long, how many days ahead its agenda
 * fills itself, and who takes part.
 */
public record SeriesDraft(@NotNull MeetingKind kind, @NotBlank @Size(max = 150) String title,
		@NotBlank @Size(max = 60) String timeZone, @NotNull DayOfWeek weekday, @NotNull LocalTime startTime,
		@Min(15) @Max(480) int durationMinutes, @Min(0) @Max(14) int prepareDays, @NotNull LocalDate firstOn,
		@NotEmpty @Size(max = 100) List<UserId> participants) {
}
