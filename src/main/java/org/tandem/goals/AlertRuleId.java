package org.tandem.goals;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** An alert rule's identity. */
public record AlertRuleId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public AlertRuleId {
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
