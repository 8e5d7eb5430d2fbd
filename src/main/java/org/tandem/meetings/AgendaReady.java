package org.tandem.meetings;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.tandem.identity.UserId;

/** A meeting's agenda filled itself and went to its participants. */
public record AgendaReady(UUID meeting, String title, Instant startsAt, List<UserId> participants) {
}
