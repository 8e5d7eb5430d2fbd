package org.tandem.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.tandem.identity.UserId;

/** What marketing sets on a campaign; {@code version} guards against a stale edit. */
public record CampaignDraft(@NotBlank @Size(max = 150) String name, @NotNull CampaignChannel channel,
		@NotNull LocalDate startsOn, @Nullable LocalDate endsOn,
		@Nullable @DecimalMin("0") @DecimalMax("999999999999999") BigDecimal budget,
		@NotBlank @Pattern(regexp = "^[A-Za-z]{3}$", message = "must be a three-letter currency code") String currency,
		@Nullable UserId owner, @Nullable @Size(max = 1000) String goal, @Nullable Long version) {
}
