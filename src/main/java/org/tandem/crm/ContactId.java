package org.tandem.crm;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a contact.
 */
public record ContactId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public ContactId {
	}

	public static ContactId random() {
		return new ContactId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
