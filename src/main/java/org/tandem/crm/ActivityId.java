package org.tandem.crm;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a activity.
 */
public record ActivityId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ActivityId {
	}

	public static ActivityId random() {
		return new ActivityId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
