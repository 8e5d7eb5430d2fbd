package org.tandem.conflicts;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.TeamKind;
import org.tandem.identity.UserId;

/** A person on one side of a conflict, with their department. */
public record Party(UserId user, String name, @Nullable TeamKind department) {
}
