package org.tandem.campaigns;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A campaign's brief (none yet, when marketing has not written it), where it stands with
 * the sales head, and who decided when.
 */
public record BriefStatus(@Nullable CampaignBrief brief, Approval approval, @Nullable String decidedBy,
		@Nullable Instant decidedAt) {
}
