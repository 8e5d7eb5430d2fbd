package org.tandem.crm;

import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * Identifies a account.
 */
public record AccountId(@JsonValue UUID value) {

	@JsonCreator(mode = JsonCreator.Mode.DELEGATING)
	public AccountId {
	}

	public static AccountId random() {
		return new AccountId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return this.value.toString();
	}

}
