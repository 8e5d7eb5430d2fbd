package org.tandem.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.platform.Phrase;

/**
 * Words a {@link Phrase} in the page's language, for templates:
 * {@code @phrases.text(p, fallback, #locale)}.
 */
@Component("phrases")
public class Phrases {

	private final MessageSource messages;

	Phrases(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The phrase in the page's language (pass Thymeleaf's {@code #locale}, the one its
	 * messages use), or {@code fallback} when there is no phrase.
	 */
	public @Nullable String text(@Nullable Phrase phrase, @Nullable String fallback, Locale locale) {
		return phrase == null ? fallback : text(phrase, locale);
	}

	public String text(Phrase phrase, Locale locale) {
		List<Object> worded = new ArrayList<>(phrase.args());
		for (int position : phrase.keys()) {
			String key = phrase.args().get(position);
			worded.set(position, this.messages.getMessage(key, null, key, locale));
		}
		return this.messages.getMessage(phrase.code(), worded.toArray(), phrase.code(), locale);
	}

}
