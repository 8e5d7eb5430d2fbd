package org.tandem.routing;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Why routing decided as it did, in a form each language words its own way: a message
 * code and its arguments. The record and the API keep the English words as well
 * ({@link #english()}), taken from the same messages the English pages use.
 */
public record Why(String code, List<String> args) {

	private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("messages", Locale.ROOT,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	public Why {
		args = List.copyOf(args);
	}

	public static Why of(String code, Object... args) {
		return new Why(code, Arrays.stream(args).map(String::valueOf).toList());
	}

	/**
	 * The English words, formatted as the pages format them: a message without arguments
	 * is taken as it is written.
	 */
	public String english() {
		String pattern = ENGLISH.getString(this.code);
		return this.args.isEmpty() ? pattern : new MessageFormat(pattern, Locale.ROOT).format(this.args.toArray());
	}

}
