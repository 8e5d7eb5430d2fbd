package org.tandem.surveys;

import java.util.List;
import java.util.UUID;

/**
 * A question of a questionnaire. Its text and options are either words as a head typed
 * them or, when they start with {@code #}, the names of messages (the ready-made
 * template's), shown in each reader's language.
 */
public record Question(UUID id, int position, Dimension dimension, QuestionKind kind, String text,
		List<String> options) {

	/** Likert answers run from 1 to this. */
	public static final int SCALE = 5;

}
