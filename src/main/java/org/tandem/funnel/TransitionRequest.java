package org.tandem.funnel;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A request to move a lead.
 *
 * @param expected the stage the caller saw; when given and different, the move is refused
 * as stale
 */
public record TransitionRequest(@NotNull LifecycleStage to, @Nullable @Size(max = 60) String reason,
		@Nullable @Size(max = 1000) String note, @Nullable LifecycleStage expected) {
}
