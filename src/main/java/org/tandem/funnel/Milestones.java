package org.tandem.funnel;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.UserId;

/**
 * When a lead first reached each stage of the funnel, read from its whole history: a lead
 * recycled and qualified again keeps the date it first became an MQL.
 *
 * @param entered when it entered the funnel
 * @param rejected when sales first sent it back from MQL
 * @param stage where it is now
 * @param decidedBy the person who last accepted it from MQL or sent it back, if any
 */
public record Milestones(Instant entered, @Nullable Instant mql, @Nullable Instant sql, @Nullable Instant opportunity,
		@Nullable Instant won, @Nullable Instant lost, @Nullable Instant rejected, @Nullable Instant disqualified,
		LifecycleStage stage, @Nullable UserId decidedBy) {

}
