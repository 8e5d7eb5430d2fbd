package org.tandem.crm.domain;

import org.jspecify.annotations.Nullable;
import org.tandem.crm.AccountId;
import org.tandem.crm.Channel;

/**
 * A contact draft after normalisation: email lower-cased, phone in E.164, attributes as
 * JSON.
 */
public record ContactValues(String email, String emailNormalized, String firstName, String lastName,
		@Nullable String phoneE164, @Nullable String title, @Nullable AccountId account,
		@Nullable Channel sourceChannel, @Nullable String sourceCampaign, @Nullable String sourceForm,
		@Nullable String language, String attributesJson) {
}
