package org.tandem.platform;

import org.jspecify.annotations.Nullable;

/** Text a person typed into a field that needs some: trimmed, and within its length. */
public final class Words {

	private Words() {
	}

	/**
	 * The value without its surrounding spaces; rejected (naming the field) when it is
	 * empty or longer than {@code max} characters.
	 */
	public static String required(String field, @Nullable String value, int max) {
		String words = value == null ? "" : value.strip();
		if (words.isEmpty() || words.length() > max) {
			throw new InputRejectedException(field, "has 1 to " + max + " characters");
		}
		return words;
	}

}
