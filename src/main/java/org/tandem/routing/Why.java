package org.tandem.routing;

import java.util.Arrays;
import java.util.List;

import org.tandem.platform.EnglishWords;

/**
 * Why routing decided as it did, in a form each language words its own way: a message
 * code and its arguments. The record and the API keep the English words as well
 * ({@link #english()}).
 */
public record Why(String code, List<String> args) {

	public Why {
		args = List.copyOf(args);
	}

	public static Why of(String code, Object... args) {
		return new Why(code, Arrays.stream(args).map(String::valueOf).toList());
	}

	public String english() {
		return EnglishWords.of(this.code, this.args);
	}

}
