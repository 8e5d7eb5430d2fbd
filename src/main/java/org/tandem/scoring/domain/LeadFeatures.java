package org.tandem.scoring.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.tandem.scoring.Attribute;

/**
 * Turns what is known about a lead into named numeric features for the learned model: one
 * feature per word of the title and per value of each field, the free-mail and
 * do-not-contact flags, and the logarithm of how often each behaviour occurred.
 */
public final class LeadFeatures {

	private LeadFeatures() {
	}

	public static Map<String, Double> of(ScoreCalculator.Facts facts, List<ScoreCalculator.Event> events) {
		Map<String, Double> features = new TreeMap<>();
		String title = facts.values().get(Attribute.TITLE);
		if (title != null) {
			Arrays.stream(title.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
				.filter(word -> word.length() > 1)
				.forEach(word -> features.put("title:" + word, 1.0));
		}
		for (Attribute attribute : List.of(Attribute.INDUSTRY, Attribute.SIZE_BAND, Attribute.REGION,
				Attribute.SOURCE_CHANNEL, Attribute.LANGUAGE)) {
			String value = facts.values().get(attribute);
			if (value != null) {
				features.put(attribute.name().toLowerCase(Locale.ROOT) + ":" + value.toLowerCase(Locale.ROOT), 1.0);
			}
		}
		String domain = facts.values().get(Attribute.EMAIL_DOMAIN);
		if (domain != null && ScoreCalculator.FREE_MAIL.contains(domain.toLowerCase(Locale.ROOT))) {
			features.put("email:free-mail", 1.0);
		}
		if (facts.doNotContact()) {
			features.put("do-not-contact", 1.0);
		}
		Map<String, Long> counts = new TreeMap<>();
		events.forEach(event -> counts.merge("event:" + event.type().name().toLowerCase(Locale.ROOT), 1L, Long::sum));
		counts.forEach((name, count) -> features.put(name, Math.log1p(count)));
		return features;
	}

}
