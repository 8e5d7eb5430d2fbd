package org.tandem.funnel;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One stage of a lead's past as another system recorded it: the stage, when the lead
 * reached it and, for a loss, the reason given there.
 */
public record HistoricStep(LifecycleStage stage, Instant at, @Nullable String reason) {
}
