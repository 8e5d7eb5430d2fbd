package org.tandem.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tandem.identity.UserId;

/** A meeting starts within a day: its participants are reminded. */
public record MeetingSoon(UUID meeting, String title, Instant startsAt, List<UserId> participants) {
}
