package org.tandem.intake;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.tandem.crm.Channel;

/**
 * A lead as a channel submits it: a form, an ad platform, a webinar tool.
 *
 * @param form the web form or the ad platform's lead form the lead came through
 * @param externalId the source's own id for this lead; with the source it makes retries
 * safe
 * @param visitorId the anonymous visitor id of the tracking snippet, to stitch earlier
 * behaviour to this person
 */
public record LeadSubmission(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 100) String firstName,
		@NotBlank @Size(max = 100) String lastName, @Nullable @Size(max = 40) String phone,
		@Nullable @Size(max = 150) String title, @Nullable @Size(max = 200) String company,
		@Nullable @Size(max = 253) String companyDomain, @NotNull Channel source,
		@Nullable @Size(max = 150) String campaign, @Nullable @Size(max = 200) String form,
		@Nullable @Size(max = 200) String externalId, @Nullable @Size(max = 10) String language, boolean consent,
		@Nullable @Size(max = 5000) String message, @Nullable @Size(max = 100) String visitorId,
		@Nullable @Size(max = 50) Map<String, @Size(max = 500) String> attributes) {
}
