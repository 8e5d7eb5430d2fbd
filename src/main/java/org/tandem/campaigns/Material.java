package org.tandem.campaigns;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import org.tandem.crm.SizeBand;
import org.tandem.funnel.LifecycleStage;

/** A piece of marketing material for sales, as the library shows it. */
public record Material(UUID id, String title, MaterialKind kind, @Nullable String description, @Nullable String link,
		@Nullable String body, @Nullable CampaignId campaign, @Nullable String campaignName, @Nullable SizeBand segment,
		@Nullable LifecycleStage stage, boolean archived, String createdBy, Instant createdAt, long version) {
}
