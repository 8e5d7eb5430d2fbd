package org.tandem.campaigns;

import java.time.Instant;
import java.util.UUID;

/** A remark on a campaign's plan or brief, by someone from either department. */
public record CampaignComment(UUID id, String author, String body, Instant at) {
}
