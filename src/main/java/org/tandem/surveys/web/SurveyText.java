package org.tandem.surveys.web;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tandem.surveys.Question;

/**
 * A questionnaire's words in the reader's language: a text that starts with {@code #}
 * names a message (the ready-made template's), any other is shown as typed.
 */
@Component
class SurveyText {

	/** A question as a reader reads it. */
	record Shown(Question question, String text, List<String> options) {
	}

	private final MessageSource messages;

	SurveyText(MessageSource messages) {
		this.messages = messages;
	}

	String words(String text, Locale locale) {
		return text.startsWith("#") ? this.messages.getMessage(text.substring(1), null, text, locale) : text;
	}

	Shown shown(Question question, Locale locale) {
		return new Shown(question, words(question.text(), locale),
				question.options().stream().map(option -> words(option, locale)).toList());
	}

	List<Shown> shown(List<Question> questions, Locale locale) {
		return questions.stream().map(question -> shown(question, locale)).toList();
	}

}
