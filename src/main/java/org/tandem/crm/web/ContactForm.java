package org.tandem.crm.web;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.tandem.crm.AccountId;
import org.tandem.crm.Channel;
import org.tandem.crm.ContactDraft;
import org.tandem.crm.ContactSummary;

/**
 * The contact form.
 */
record ContactForm(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 100) String firstName,
		@NotBlank @Size(max = 100) String lastName, @Nullable @Size(max = 40) String phone,
		@Nullable @Size(max = 150) String title, @Nullable UUID account, @Nullable Channel sourceChannel,
		@Nullable @Size(max = 150) String sourceCampaign, @Nullable @Size(max = 10) String language,
		@Nullable UUID owner, @Nullable Long version) {

	static ContactForm empty() {
		return new ContactForm("", "", "", null, null, null, null, null, null, null, null);
	}

	static ContactForm of(ContactSummary contact) {
		return new ContactForm(contact.email(), contact.firstName(), contact.lastName(), contact.phone(),
				contact.title(), contact.account() == null ? null : contact.account().value(), contact.sourceChannel(),
				contact.sourceCampaign(), contact.language(), contact.owner() == null ? null : contact.owner().value(),
				contact.version());
	}

	ContactDraft draft(java.util.Map<String, String> attributes) {
		return new ContactDraft(this.email, this.firstName, this.lastName, this.phone, this.title,
				this.account == null ? null : new AccountId(this.account), this.sourceChannel, this.sourceCampaign,
				null, this.language, attributes, this.version);
	}

}
