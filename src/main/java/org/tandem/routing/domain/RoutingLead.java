package org.tandem.routing.domain;

import org.jspecify.annotations.Nullable;
import org.tandem.crm.ContactId;
import org.tandem.identity.DealSizeBand;
import org.tandem.identity.UserId;
import org.tandem.routing.LeadAttribute;

/**
 * What routing knows about a lead: the facts rules and specialisations are matched on.
 */
public record RoutingLead(ContactId contact, @Nullable String industry, @Nullable String region,
		@Nullable String language, @Nullable DealSizeBand segment, @Nullable String sourceChannel,
		@Nullable UserId accountOwner) {

	public @Nullable String value(LeadAttribute attribute) {
		return switch (attribute) {
			case ANY -> null;
			case INDUSTRY -> this.industry;
			case REGION -> this.region;
			case LANGUAGE -> this.language;
			case SEGMENT -> this.segment == null ? null : this.segment.name();
			case SOURCE_CHANNEL -> this.sourceChannel;
		};
	}

}
