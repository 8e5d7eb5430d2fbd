package org.tandem.crm.web;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.tandem.crm.AccountId;
import org.tandem.crm.Channel;
import org.tandem.crm.ContactDraft;
import org.tandem.identity.UserId;

/**
 * The JSON body to create or replace a contact. Fields that are not listed (id, stage,
 * score, dates) cannot be set this way.
 */
record ContactRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 100) String firstName,
		@NotBlank @Size(max = 100) String lastName, @Nullable @Size(max = 40) String phone,
		@Nullable @Size(max = 150) String title, @Nullable AccountId account, @Nullable Channel sourceChannel,
		@Nullable @Size(max = 150) String sourceCampaign, @Nullable @Size(max = 10) String language,
		@Nullable @Size(max = 50) Map<String, @Size(max = 500) String> attributes, @Nullable UserId owner,
		@Nullable Long version) {

	ContactDraft draft() {
		return new ContactDraft(this.email, this.firstName, this.lastName, this.phone, this.title, this.account,
				this.sourceChannel, this.sourceCampaign, null, this.language, this.attributes, this.version);
	}

}
