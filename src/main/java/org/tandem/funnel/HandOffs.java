package org.tandem.funnel;

import org.jspecify.annotations.Nullable;

/**
 * The leads handed to sales over a period and sales' answer: accepted (or won), sent back
 * (with a reason or not), or still waiting.
 */
public record HandOffs(long handed, long accepted, long rejected, long rejectedWithReason) {

	/** Leads sales has not answered on yet. */
	public long waiting() {
		return this.handed - this.accepted - this.rejected;
	}

	/**
	 * The share of handed leads sales gave a verdict on, 0–1; null when none were handed.
	 */
	public @Nullable Double answeredShare() {
		return this.handed == 0 ? null : (double) (this.accepted + this.rejected) / this.handed;
	}

}
