package org.tandem.crm;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.UserId;

/**
 * What shared reports slice a contact's numbers by: its owner, the channel and campaign
 * it came from, and its segment (the size of its company).
 */
public record ReportingFacts(@Nullable UserId owner, @Nullable Channel channel, @Nullable String campaign,
		@Nullable SizeBand segment) {
}
