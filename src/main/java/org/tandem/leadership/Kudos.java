package org.tandem.leadership;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.TeamKind;
import org.tandem.identity.UserId;

/**
 * Thanks from one colleague to another, shown to everyone.
 *
 * @param across whether it crossed from one department to the other
 */
public record Kudos(UUID id, UserId from, String fromName, @Nullable TeamKind fromDepartment, UserId to, String toName,
		@Nullable TeamKind toDepartment, String message, Instant at) {

	public boolean across() {
		return this.fromDepartment != null && this.toDepartment != null && this.fromDepartment != this.toDepartment;
	}

}
