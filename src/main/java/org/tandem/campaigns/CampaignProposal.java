package org.tandem.campaigns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;

/**
 * A campaign proposed by sales, and marketing's answer: the campaign it became, or why
 * not.
 */
public record CampaignProposal(UUID id, UserId proposedBy, String proposedByName, String name, CampaignChannel channel,
		String targetSegment, String rationale, @Nullable LocalDate startsOn, ProposalStatus status,
		@Nullable String decidedBy, @Nullable Instant decidedAt, @Nullable String decisionNote,
		@Nullable CampaignId campaign, Instant createdAt) {
}
