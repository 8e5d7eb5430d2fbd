package org.tandem.campaigns;

import java.time.Instant;
import java.util.UUID;

import org.tandem.crm.ContactId;

/** A rep sent a material to a contact. */
public record MaterialSend(UUID material, ContactId contact, String sentBy, Instant sentAt) {
}
