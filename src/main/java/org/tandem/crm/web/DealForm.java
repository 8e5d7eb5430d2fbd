package org.tandem.crm.web;

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

import org.springframework.format.annotation.DateTimeFormat;
import org.tandem.crm.AccountId;
import org.tandem.crm.ContactId;
import org.tandem.crm.DealDraft;
import org.tandem.crm.DealSummary;
import org.tandem.identity.UserId;

/**
 * The deal form.
 */
record DealForm(@NotBlank @Size(max = 200) String name, @Nullable UUID account, @NotNull UUID pipeline,
		@Nullable UUID stage, @NotNull @DecimalMin("0") @DecimalMax("999999999999999") BigDecimal amount,
		@NotBlank @Pattern(regexp = "^[A-Za-z]{3}$") String currency,
		@Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate expectedClose, @Nullable UUID owner,
		@Nullable List<UUID> contacts, @Nullable Long version) {

	static DealForm of(DealSummary deal) {
		return new DealForm(deal.name(), deal.account() == null ? null : deal.account().value(), deal.pipeline(),
				deal.stage(), deal.value().amount(), deal.value().currency().getCurrencyCode(), deal.expectedClose(),
				deal.owner() == null ? null : deal.owner().value(),
				deal.contacts().stream().map(ContactId::value).toList(), deal.version());
	}

	DealDraft draft() {
		return new DealDraft(this.name, this.account == null ? null : new AccountId(this.account), this.pipeline,
				this.stage, this.amount, this.currency, this.expectedClose,
				this.owner == null ? null : new UserId(this.owner),
				this.contacts == null ? List.of() : this.contacts.stream().map(ContactId::new).toList(), this.version);
	}

}
