package org.tandem.goals;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.tandem.identity.TeamId;
import org.tandem.identity.UserId;
import org.tandem.platform.InputRejectedException;

/**
 * Which numbers: a period of whole days in the reporting time zone, from and to
 * inclusive, and optionally one team or rep, source channel, source campaign and segment.
 */
public record KpiFilter(LocalDate from, LocalDate to, @Nullable TeamId team, @Nullable UserId rep,
		@Nullable String channel, @Nullable String campaign, @Nullable String segment) {

	/** The longest period one question may cover. */
	public static final int MAX_DAYS = 3660;

	public KpiFilter {
		if (to.isBefore(from)) {
			throw new InputRejectedException("to", "the period must end on or after its first day");
		}
		if (from.plusDays(MAX_DAYS).isBefore(to)) {
			throw new InputRejectedException("to", "a period may cover at most " + MAX_DAYS + " days");
		}
		channel = blankToNull(channel);
		campaign = blankToNull(campaign);
		segment = blankToNull(segment);
	}

	public static KpiFilter period(LocalDate from, LocalDate to) {
		return new KpiFilter(from, to, null, null, null, null, null);
	}

	public KpiFilter withPeriod(LocalDate from, LocalDate to) {
		return new KpiFilter(from, to, this.team, this.rep, this.channel, this.campaign, this.segment);
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
