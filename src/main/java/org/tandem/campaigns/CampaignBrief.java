package org.tandem.campaigns;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What marketing tells sales before a campaign starts: whom it targets, what it offers,
 * how many leads it should bring, and what reps should say to them.
 */
public record CampaignBrief(@NotBlank @Size(max = 300) String targetSegment, @NotBlank @Size(max = 1000) String offer,
		@Nullable @Min(0) @Max(10_000_000) Integer expectedLeads, @Nullable @Size(max = 4000) String talkingPoints) {
}
