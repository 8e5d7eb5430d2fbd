package org.tandem.platform;

import java.util.ArrayList;
import java.util.List;

/**
 * Something Tandem says on its own (why a lead went where it went, what a visitor did),
 * in a form each language words its own way: a message code and its arguments. Arguments
 * at the positions in {@code keys} are message codes themselves (a channel, a stage),
 * worded like the rest; the others are taken as they are. Where words rather than a
 * language's choice are kept (the API, a stored record) the English words go too
 * ({@link #english()}). Pages word it with {@code @phrases.text(...)}.
 */
public record Phrase(String code, List<String> args, List<Integer> keys) {

	public Phrase {
		args = List.copyOf(args);
		keys = keys == null ? List.of() : List.copyOf(keys);
	}

	/** A phrase whose arguments are all taken as they are. */
	public static Phrase of(String code, Object... args) {
		List<String> texts = new ArrayList<>();
		for (Object arg : args) {
			texts.add(String.valueOf(arg));
		}
		return new Phrase(code, texts, List.of());
	}

	/** This phrase with one more argument, a message code worded in its turn. */
	public Phrase withKey(String key) {
		List<String> texts = new ArrayList<>(this.args);
		texts.add(key);
		List<Integer> positions = new ArrayList<>(this.keys);
		positions.add(texts.size() - 1);
		return new Phrase(this.code, texts, positions);
	}

	/** This phrase with one more argument, taken as it is. */
	public Phrase with(String text) {
		List<String> texts = new ArrayList<>(this.args);
		texts.add(text);
		return new Phrase(this.code, texts, this.keys);
	}

	public String english() {
		List<String> worded = new ArrayList<>(this.args);
		for (int position : this.keys) {
			worded.set(position, EnglishWords.of(worded.get(position), List.of()));
		}
		return EnglishWords.of(this.code, worded);
	}

}
