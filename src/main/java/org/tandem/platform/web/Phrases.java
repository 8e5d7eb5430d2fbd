package org.tandem.platform.web;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.platform.Phrase;

/**
 * Words a {@link Phrase} in the page's language, for templates:
 * {@code @phrases.text(p, fallback)}.
 */
@Component("phrases")
public class Phrases {

	private final MessageSource messages;

	Phrases(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The phrase in the page's language (the one its messages and dates use), or
	 * {@code fallback} when there is no phrase.
	 */
	public @Nullable String text(@Nullable Phrase phrase, @Nullable String fallback) {
		return phrase == null ? fallback : text(phrase, Formats.locale());
	}

	public String text(Phrase phrase, Locale locale) {
		return this.messages.getMessage(phrase.code(),
				phrase.arguments(key -> this.messages.getMessage(key, null, key, locale)), phrase.code(), locale);
	}

}
