package org.tandem.notifications;

import java.time.Instant;
import java.util.UUID;

import org.tandem.identity.UserId;

/** A comment on the record, as its author wrote it (shown as text, never as markup). */
public record Comment(UUID id, CommentSubject subject, UUID subjectId, UserId author, String authorName, String body,
		Instant at) {
}
