package org.tandem.platform;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The English words of a message, for what keeps words rather than a language's choice
 * (the API, a stored record): taken from the messages the English pages use, so that the
 * two never differ. A message without arguments is taken as it is written, as the pages
 * take it.
 */
public final class EnglishWords {

	private static final ResourceBundle ENGLISH = ResourceBundle.getBundle("messages", Locale.ROOT,
			ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

	private EnglishWords() {
	}

	public static String of(String code, List<?> args) {
		String pattern = ENGLISH.getString(code);
		return args.isEmpty() ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args.toArray());
	}

}
