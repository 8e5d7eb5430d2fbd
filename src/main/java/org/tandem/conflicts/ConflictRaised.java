package org.tandem.conflicts;

import java.util.List;
import java.util.UUID;

import org.tandem.identity.UserId;

/** A conflict was registered: its parties and their heads should know. */
public record ConflictRaised(UUID conflict, String title, String raisedBy, List<UserId> audience) {
}
