package org.tandem.crm;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a person may set on a contact, from a form, the API or an import.
 *
 * @param sourceForm the web form or ad platform's lead form the person first came through
 * @param version the version the caller last saw; required for updates
 */
public record ContactDraft(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 100) String firstName,
		@NotBlank @Size(max = 100) String lastName, @Nullable @Size(max = 40) String phone,
		@Nullable @Size(max = 150) String title, @Nullable AccountId account, @Nullable Channel sourceChannel,
		@Nullable @Size(max = 150) String sourceCampaign, @Nullable @Size(max = 200) String sourceForm,
		@Nullable @Size(max = 10) String language, @Nullable @Size(max = 50) Map<String, String> attributes,
		@Nullable Long version) {

	public ContactDraft withVersion(@Nullable Long newVersion) {
		return new ContactDraft(this.email, this.firstName, this.lastName, this.phone, this.title, this.account,
				this.sourceChannel, this.sourceCampaign, this.sourceForm, this.language, this.attributes, newVersion);
	}

}
