package org.tandem.surveys;

/** How a question is answered. */
public enum QuestionKind {

	/** Agreement on a scale from 1 (strongly disagree) to 5 (strongly agree). */
	LIKERT,
	/** One of the options. */
	SINGLE,
	/** Any of the options. */
	MULTIPLE,
	/** Free text; read, not measured. */
	TEXT;

	public boolean hasOptions() {
		return this == SINGLE || this == MULTIPLE;
	}

}
