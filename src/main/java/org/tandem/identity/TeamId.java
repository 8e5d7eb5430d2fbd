package org.tandem.identity;

import java.io.Serializable;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a team.
 */
public record TeamId(@JsonValue UUID value) implements Serializable {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public TeamId {
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
