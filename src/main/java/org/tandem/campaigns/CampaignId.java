package org.tandem.campaigns;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a campaign.
 */
public record CampaignId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public CampaignId {
	}

	public static CampaignId random() {
		return new CampaignId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
