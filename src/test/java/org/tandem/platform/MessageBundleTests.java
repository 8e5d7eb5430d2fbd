package org.tandem.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The English and Russian bundles say the same things: the same keys, each once, and no
 * message with arguments loses an apostrophe to MessageFormat's quoting.
 */
class MessageBundleTests {

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	/**
	 * A single apostrophe, not doubled: MessageFormat would swallow it and quote the
	 * rest.
	 */
	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@Test
	void bothLanguagesHaveTheSameKeysOnceEach() throws IOException {
		Map<String, List<String>> english = read("messages.properties");
		Map<String, List<String>> russian = read("messages_ru.properties");
		assertThat(duplicates(english)).as("keys given twice in English").isEmpty();
		assertThat(duplicates(russian)).as("keys given twice in Russian").isEmpty();
		assertThat(russian.keySet()).containsExactlyInAnyOrderElementsOf(english.keySet());
	}

	/**
	 * A message with arguments goes through MessageFormat, which needs its apostrophes
	 * doubled; one without is shown as written.
	 */
	@Test
	void apostrophesAreWrittenAsEachMessageIsShown() throws IOException {
		for (String bundle : List.of("messages.properties", "messages_ru.properties")) {
			read(bundle).forEach((key, values) -> values.forEach(value -> {
				if (ARGUMENT.matcher(value).find()) {
					assertThat(LONE_APOSTROPHE.matcher(value).find()).as(bundle + ": " + key + "=" + value).isFalse();
				}
				else {
					assertThat(value).as("shown as it is, so one apostrophe: " + bundle + ": " + key)
						.doesNotContain("''");
				}
			}));
		}
	}

	private static List<String> duplicates(Map<String, List<String>> bundle) {
		return bundle.entrySet().stream().filter(entry -> entry.getValue().size() > 1).map(Map.Entry::getKey).toList();
	}

	private static Map<String, List<String>> read(String name) throws IOException {
		Map<String, List<String>> entries = new LinkedHashMap<>();
		try (InputStream in = MessageBundleTests.class.getClassLoader().getResourceAsStream(name)) {
			assertThat(in).as(name).isNotNull();
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				int equals = line.indexOf('=');
				if (line.isBlank() || line.startsWith("#") || equals < 0) {
					continue;
				}
				entries.computeIfAbsent(line.substring(0, equals).strip(), key -> new ArrayList<>())
					.add(line.substring(equals + 1));
			}
		}
		return entries;
	}

}
