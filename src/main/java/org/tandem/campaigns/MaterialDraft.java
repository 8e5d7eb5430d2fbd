package org.tandem.campaigns;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.tandem.crm.SizeBand;
import org.tandem.funnel.LifecycleStage;

/**
 * A piece of material as marketing files it: a link to the file (http or https) or the
 * text of an email template, and what it is for (a campaign, a segment, a funnel stage;
 * none means any).
 */
public record MaterialDraft(@NotBlank @Size(max = 200) String title, @NotNull MaterialKind kind,
		@Nullable @Size(max = 1000) String description, @Nullable @Size(max = 1000) String link,
		@Nullable @Size(max = 8000) String body, @Nullable CampaignId campaign, @Nullable SizeBand segment,
		@Nullable LifecycleStage stage, @Nullable Long version) {
}
