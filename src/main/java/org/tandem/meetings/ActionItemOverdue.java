package org.tandem.meetings;

import java.time.LocalDate;
import java.util.UUID;

import org.tandem.identity.UserId;

/** An open action item is past its due date. Published again until it is closed. */
public record ActionItemOverdue(UUID item, String title, UserId owner, LocalDate dueOn) {
}
