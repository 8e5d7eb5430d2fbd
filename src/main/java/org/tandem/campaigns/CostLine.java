package org.tandem.campaigns;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * Money a campaign actually spent on a day, in the campaign's currency. {@code id} is
 * empty in a new line.
 */
public record CostLine(@Nullable UUID id, @NotNull LocalDate spentOn,
		@NotNull @DecimalMin("0.01") @DecimalMax("999999999999999") BigDecimal amount,
		@Nullable @Size(max = 300) String description) {
}
