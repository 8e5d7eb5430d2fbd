package org.tandem.surveys;

import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One question's answer as given: a scale point (LIKERT) or an option's index (SINGLE),
 * the indexes chosen (MULTIPLE), or text (TEXT). A question left out is skipped.
 */
public record AnswerDraft(UUID question, @Nullable Integer number, List<Integer> choices, @Nullable String text) {
}
