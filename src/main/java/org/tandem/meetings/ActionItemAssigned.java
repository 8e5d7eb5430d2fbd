package org.tandem.meetings;

import java.time.LocalDate;
import java.util.UUID;

import org.tandem.identity.UserId;

/** An action item was given to its owner. */
public record ActionItemAssigned(UUID item, String title, UserId owner, LocalDate dueOn, String link) {
}
