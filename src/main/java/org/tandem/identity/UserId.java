package org.tandem.identity;

import java.io.Serializable;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a person.
 */
public record UserId(@JsonValue UUID value) implements Serializable {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public UserId {
	}

	public static UserId of(String value) {
		return new UserId(UUID.fromString(value));
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
