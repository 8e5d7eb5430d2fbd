package org.tandem.conflicts.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares conflicts' themes: two themes are the same when, after case, punctuation and
 * short words are put aside and each word is cut to its first five letters (so "leads"
 * and "lead", "лиды" and "лидов" meet), at least half of their words are shared.
 */
public final class Themes {

	private Themes() {
	}

	/** A theme's words as compared, sorted and joined: what is stored to find repeats. */
	public static String key(String theme) {
		return String.join(" ", words(theme));
	}

	public static Set<String> words(String theme) {
		return Arrays.stream(theme.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(word -> word.length() > 2)
			.map(word -> word.length() > 5 ? word.substring(0, 5) : word)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** Whether two stored keys name the same theme: shared words over all words ≥ ½. */
	public static boolean same(String key, String other) {
		Set<String> a = new TreeSet<>(Arrays.asList(key.split(" ")));
		Set<String> b = new TreeSet<>(Arrays.asList(other.split(" ")));
		a.remove("");
		b.remove("");
		if (a.isEmpty() || b.isEmpty()) {
			return false;
		}
		Set<String> shared = new TreeSet<>(a);
		shared.retainAll(b);
		Set<String> all = new TreeSet<>(a);
		all.addAll(b);
		return shared.size() * 2 >= all.size();
	}

}
