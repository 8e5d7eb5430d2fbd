package org.tandem.crm;

import java.time.Instant;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.UserId;

/**
 * A contact as lists, pages, the API and other modules see it.
 *
 * @param lifecycleStage the funnel stage, kept here as a plain value for lists and
 * filters
 */
public record ContactSummary(ContactId id, String email, String firstName, String lastName, @Nullable String phone,
		@Nullable String title, @Nullable AccountId account, @Nullable String accountName,
		@Nullable Channel sourceChannel, @Nullable String sourceCampaign, @Nullable UserId owner, String lifecycleStage,
		@Nullable String language, Consent consent, Map<String, String> attributes, @Nullable Instant deletedAt,
		Instant createdAt, Instant updatedAt, long version) {

	public String name() {
		return this.firstName + " " + this.lastName;
	}

	public boolean deleted() {
		return this.deletedAt != null;
	}

}
