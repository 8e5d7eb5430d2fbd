package org.tandem.crm;

import java.time.Instant;

/**
 * A deal was created, changed, moved to another stage or deleted.
 */
public record DealChanged(DealId deal, Instant at) {
}
