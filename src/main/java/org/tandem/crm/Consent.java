package org.tandem.crm;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Whether a contact agreed to receive email, where and when that was recorded, and
 * whether they asked not to be contacted at all.
 */
public record Consent(boolean email, @Nullable String source, @Nullable Instant at, boolean doNotContact) {
}
