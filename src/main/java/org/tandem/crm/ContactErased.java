package org.tandem.crm;

import java.time.Instant;

/**
 * A person's personal data was erased on request; modules drop what they hold about them.
 */
public record ContactErased(ContactId contact, Instant at) {
}
