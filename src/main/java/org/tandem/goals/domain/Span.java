package org.tandem.goals.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * A time between two milestones of a lead, counted in whole days (a lead that moved on
 * after 36 hours took 1 day) on the day it reached the later one. Each span is defined
 * once here, for both ways of counting it: the kept histograms (in Java, as a lead
 * changes) and the leads themselves.
 */
public enum Span {

	/** From entering the funnel to being won: lead-to-deal time. */
	LEAD_TO_WON("entered_at", "won_at", Journey::entered, Journey::won),
	/** From MQL to accepted by sales. */
	MQL_TO_SQL("mql_at", "sql_at", Journey::mql, Journey::sql),
	/** From accepted by sales to opportunity. */
	SQL_TO_OPPORTUNITY("sql_at", "opportunity_at", Journey::sql, Journey::opportunity),
	/** From opportunity to won. */
	OPPORTUNITY_TO_WON("opportunity_at", "won_at", Journey::opportunity, Journey::won);

	private final String fromColumn;

	private final String toColumn;

	private final Function<Journey, @Nullable Instant> from;

	private final Function<Journey, @Nullable Instant> to;

	Span(String fromColumn, String toColumn, Function<Journey, @Nullable Instant> from,
			Function<Journey, @Nullable Instant> to) {
		this.fromColumn = fromColumn;
		this.toColumn = toColumn;
		this.from = from;
		this.to = to;
	}

	/** The column of {@code goals_lead} holding the earlier milestone. */
	public String fromColumn() {
		return this.fromColumn;
	}

	/**
	 * The column of {@code goals_lead} holding the later milestone, the day it counts on.
	 */
	public String toColumn() {
		return this.toColumn;
	}

	/** When the lead reached the later milestone, if it reached both in order. */
	public @Nullable Instant countsAt(Journey journey) {
		Instant start = this.from.apply(journey);
		Instant end = this.to.apply(journey);
		return start != null && end != null && !start.isAfter(end) ? end : null;
	}

	/** The whole days the lead took, if it reached both milestones in order. */
	public @Nullable Integer days(Journey journey) {
		Instant end = countsAt(journey);
		return end == null ? null : days(this.from.apply(journey), end);
	}

	/** The whole days from one moment to a later one. */
	public static int days(@Nullable Instant start, Instant end) {
		return (int) Duration.between(start, end).toDays();
	}

}
