package org.tandem.campaigns;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A campaign sales asks marketing for: what, for whom, why (what reps hear from
 * customers), and when it would help.
 */
public record ProposalDraft(@NotBlank @Size(max = 150) String name, @NotNull CampaignChannel channel,
		@NotBlank @Size(max = 300) String targetSegment, @NotBlank @Size(max = 2000) String rationale,
		@Nullable LocalDate startsOn) {
}
