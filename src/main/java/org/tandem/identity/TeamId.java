package org.tandem.identity;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a team.
 */
public record TeamId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public TeamId {
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
