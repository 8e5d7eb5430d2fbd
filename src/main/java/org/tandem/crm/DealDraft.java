package org.tandem.crm;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;
import org.tandem.identity.UserId;

/**
 * What a person may set on a deal.
 */
public record DealDraft(@NotBlank @Size(max = 200) String name, @Nullable AccountId account, @NotNull UUID pipeline,
		@Nullable UUID stage, @NotNull @DecimalMin("0") @DecimalMax("999999999999999") BigDecimal amount,
		@NotBlank @Pattern(regexp = "^[A-Za-z]{3}$", message = "must be a three-letter currency code") String currency,
		@Nullable LocalDate expectedClose, @Nullable UserId owner, @Nullable @Size(max = 50) List<ContactId> contacts,
		@Nullable Long version) {
}
