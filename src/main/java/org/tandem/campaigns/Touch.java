package org.tandem.campaigns;

import java.time.Instant;

import org.tandem.crm.ContactId;

/** A person touched by a campaign at a moment. */
public record Touch(CampaignId campaign, ContactId contact, TouchKind kind, Instant at) {
}
