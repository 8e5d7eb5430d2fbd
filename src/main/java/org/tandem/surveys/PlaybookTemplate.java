package org.tandem.surveys;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The ready-made questionnaire that covers the playbook's four dimensions. Its words are
 * messages ({@code survey.template.*}), so each person reads it in their language.
 */
final class PlaybookTemplate {

	static final String NAME = "#survey.template.name";

	/** A question of the template: dimension, kind, and how many options it has. */
	record Item(Dimension dimension, QuestionKind kind, int options) {
	}

	static final List<Item> ITEMS = List.of(new Item(Dimension.GOALS, QuestionKind.LIKERT, 0),
			new Item(Dimension.GOALS, QuestionKind.LIKERT, 0), new Item(Dimension.GOALS, QuestionKind.SINGLE, 4),
			new Item(Dimension.STRATEGIES, QuestionKind.LIKERT, 0),
			new Item(Dimension.STRATEGIES, QuestionKind.LIKERT, 0),
			new Item(Dimension.STRATEGIES, QuestionKind.MULTIPLE, 5),
			new Item(Dimension.METHODS, QuestionKind.LIKERT, 0), new Item(Dimension.METHODS, QuestionKind.LIKERT, 0),
			new Item(Dimension.METHODS, QuestionKind.LIKERT, 0), new Item(Dimension.CULTURE, QuestionKind.LIKERT, 0),
			new Item(Dimension.CULTURE, QuestionKind.LIKERT, 0), new Item(Dimension.CULTURE, QuestionKind.LIKERT, 0),
			new Item(Dimension.CULTURE, QuestionKind.TEXT, 0));

	private PlaybookTemplate() {
	}

	/** The message name of the n-th question (from 1). */
	static String text(int n) {
		return "#survey.template.q" + n;
	}

	/** The message names of the n-th question's options. */
	static List<String> options(int n, int count) {
		return IntStream.rangeClosed(1, count).mapToObj(o -> "#survey.template.q" + n + ".o" + o).toList();
	}

}
