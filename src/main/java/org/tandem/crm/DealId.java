package org.tandem.crm;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a deal.
 */
public record DealId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public DealId {
	}

	public static DealId random() {
		return new DealId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
