package org.tandem.goals;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** A goal's identity. */
public record GoalId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public GoalId {
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
