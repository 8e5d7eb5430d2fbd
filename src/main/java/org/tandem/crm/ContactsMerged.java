package org.tandem.crm;

import java.time.Instant;

/**
 * Two records of the same person became one; everything that pointed at {@code merged}
 * now belongs to {@code survivor}.
 */
public record ContactsMerged(ContactId survivor, ContactId merged, Instant at) {
}
