package org.tandem.surveys;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A set of questions grouped by dimension. Once a round has been sent with it, it is kept
 * as it was, so that rounds stay comparable; a copy can be changed.
 *
 * @param name words, or a message's name after {@code #}
 * @param rounds how many rounds were sent with it
 */
public record Questionnaire(UUID id, String name, String createdBy, Instant createdAt, List<Question> questions,
		long rounds) {

	public boolean editable() {
		return this.rounds == 0;
	}

}
