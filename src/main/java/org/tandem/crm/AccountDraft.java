package org.tandem.crm;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a person may set on an account.
 */
public record AccountDraft(@NotBlank @Size(max = 200) String name,
		@Nullable @Size(max = 253) @Pattern(regexp = "^$|^[A-Za-z0-9.-]+\\.[A-Za-z]{2,}$",
				message = "must be a domain name such as example.com") String domain,
		@Nullable @Size(max = 80) String industry, @Nullable SizeBand sizeBand, @Nullable @Size(max = 80) String region,
		@Nullable Long version) {
}
