package org.tandem.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Something Tandem says on its own (why a lead went where it went, what a visitor did),
 * in a form each language words its own way: a message code and its arguments. Arguments
 * at the positions in {@code keys} are message codes themselves (a channel, a stage),
 * worded like the rest; the others are taken as they are. Where words rather than a
 * language's choice are kept (the API, a stored record) the English words go too
 * ({@link #english()}). Pages word it with {@code @phrases.text(...)}.
 */
public record Phrase(String code, List<String> args, List<Integer> keys) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

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
		return EnglishWords.of(this.code, List.of(arguments(key -> EnglishWords.of(key, List.of()))));
	}

	/**
	 * The arguments to format the code with, those that are codes worded by {@code word}.
	 */
	public Object[] arguments(UnaryOperator<String> word) {
		Object[] worded = this.args.toArray();
		for (int position : this.keys) {
			worded[position] = word.apply(this.args.get(position));
		}
		return worded;
	}

	/** The form a phrase is stored in, beside the English words. */
	public static @Nullable String toJson(@Nullable Phrase phrase) {
		return phrase == null ? null : JSON.writeValueAsString(phrase);
	}

	public static @Nullable Phrase fromJson(@Nullable String json) {
		return json == null ? null : JSON.readValue(json, Phrase.class);
	}

}
