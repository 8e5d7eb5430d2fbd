package org.tandem.routing;

import java.util.UUID;

import org.tandem.identity.DealSizeBand;

/**
 * A hand-off deadline for a stage and segment, in the rep's working minutes: respond
 * within {@code respondMinutes}, be warned {@code warnMinutes} before, lose the lead to
 * another rep {@code reassignMinutes} after the deadline.
 */
public record SlaPolicy(UUID id, String stage, DealSizeBand segment, int respondMinutes, int warnMinutes,
		int reassignMinutes) {
}
