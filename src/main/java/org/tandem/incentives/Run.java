package org.tandem.incentives;

import java.time.Instant;
import java.util.UUID;

/** A stored calculation of a programme's statements. */
public record Run(UUID id, RunKind kind, Instant at, String by) {

	/** A preview while the programme runs, or the final calculation when it closes. */
	public enum RunKind {

		PREVIEW, FINAL

	}

}
