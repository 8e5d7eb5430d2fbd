package org.tandem.crm;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One line of a record's change history.
 */
public record AuditEntry(String action, @Nullable String field, @Nullable String oldValue, @Nullable String newValue,
		String actor, Instant at) {
}
